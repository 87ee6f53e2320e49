import { Metadata, status, type ServerErrorResponse } from '@grpc/grpc-js';
import { InvalidArgumentError, MAX_APPEND_BYTES, StreamDeletedError, WrongExpectedVersionError } from '@binaan/event-store';
import { actualVersionNumber, expectedVersionNumber } from './expected-revision';

/** A request the stand-in cannot turn into a port call (not JSON, not an object). */
export class WireRequestError extends Error {}

/** The append's data + metadata + type exceed MAX_APPEND_BYTES. */
export class AppendTooLargeError extends Error {
  constructor() {
    super(`Maximum Append Size of ${MAX_APPEND_BYTES} Exceeded.`);
  }
}

/** A proposed event without `type` or a known `content-type` (the server's `missing-required-metadata-property`). */
export class MissingMetadataPropertyError extends Error {
  constructor(
    readonly property: 'type' | 'content-type',
    index: number,
  ) {
    super(`Required metadata property is missing: events[${index}].${property}`);
  }
}

/** What an anonymous caller gets for a write the default ACLs keep for `$admins` (other `$` streams). */
export class AccessDeniedError extends Error {
  constructor(streamName: string) {
    super(`Access denied: writing to system stream ${streamName} needs $admins`);
  }
}

/** A batch whose `deadline` passed before it was written (BatchAppend). */
export class DeadlinePassedError extends Error {
  constructor() {
    super('Timeout: the append did not complete before its deadline');
  }
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Trailer values must be ASCII; other stream names go percent-encoded (a real server's choice is undocumented). */
export const trailerStreamName = (streamName: string): string =>
  PRINTABLE_ASCII.test(streamName) ? streamName : encodeURIComponent(streamName);

const failure = (code: status, details: string, trailers: Readonly<Record<string, string>> = {}): ServerErrorResponse => {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) {
    metadata.set(key, value);
  }
  return Object.assign(new Error(details), { code, details, metadata });
};

/** Port errors as EventStoreDB sends them outside BatchAppend: a status with `exception` trailers. */
export const toServiceError = (error: unknown, streamName: string): ServerErrorResponse => {
  const name = trailerStreamName(streamName);
  if (error instanceof StreamDeletedError) {
    return failure(status.FAILED_PRECONDITION, `Event stream '${name}' is deleted.`, {
      exception: 'stream-deleted',
      'stream-name': name,
    });
  }
  if (error instanceof WrongExpectedVersionError) {
    return failure(status.FAILED_PRECONDITION, `Append failed due to WrongExpectedVersion. Stream: ${name}.`, {
      exception: 'wrong-expected-version',
      'stream-name': name,
      'expected-version': expectedVersionNumber(error.expected).toString(),
      'actual-version': actualVersionNumber(error.actual).toString(),
    });
  }
  if (error instanceof AppendTooLargeError) {
    return failure(status.INVALID_ARGUMENT, error.message, {
      exception: 'maximum-append-size-exceeded',
      'maximum-append-size': String(MAX_APPEND_BYTES),
    });
  }
  if (error instanceof MissingMetadataPropertyError) {
    return failure(status.INVALID_ARGUMENT, error.message, {
      exception: 'missing-required-metadata-property',
      'required-metadata-properties': error.property,
    });
  }
  if (error instanceof AccessDeniedError) {
    return failure(status.PERMISSION_DENIED, error.message, { exception: 'access-denied' });
  }
  if (error instanceof InvalidArgumentError || error instanceof WireRequestError) {
    return failure(status.INVALID_ARGUMENT, error.message);
  }
  return failure(status.INTERNAL, error instanceof Error ? error.message : String(error));
};

/** What open calls get when the stand-in stops, as from a server going away. */
export const shuttingDownError = (): ServerErrorResponse => failure(status.UNAVAILABLE, 'Server is shutting down.');
