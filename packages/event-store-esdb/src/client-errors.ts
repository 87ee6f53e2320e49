import { ErrorType, isCommandError, type WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import { InvalidAppendError, StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError, type ActualRevision } from '@binaan/event-store';
import type { ExpectedRevision } from '@binaan/event-store';

/** What the adapter knows about the call that failed; the server's trailers may carry an encoded name. */
export interface FailedCall {
  readonly streamName: string;
  readonly expectedRevision?: ExpectedRevision;
}

/** EventStoreDB's numeric expected versions, as sent in Delete/Tombstone trailers. */
const expectedFromNumber = (value: bigint): ExpectedRevision => {
  switch (value) {
    case -1n:
      return 'no_stream';
    case -2n:
      return 'any';
    case -4n:
      return 'stream_exists';
    default:
      return value;
  }
};

const expectedFromClient = (value: ClientWrongExpectedVersionError['expectedVersion']): ExpectedRevision =>
  typeof value === 'bigint' ? expectedFromNumber(value) : value;

const actualFromClient = (value: ClientWrongExpectedVersionError['actualVersion']): ActualRevision =>
  value === 'no_stream' || value < 0n ? 'no_stream' : value;

/**
 * Maps `@eventstore/db-client` errors to the port's typed errors. Transport errors (unavailable,
 * deadline, access denied) are passed on unchanged: the port has no type for them.
 */
export const toPortError = (error: unknown, call: FailedCall): unknown => {
  if (!(error instanceof Error) || !isCommandError(error)) {
    return error;
  }
  switch (error.type) {
    case ErrorType.WRONG_EXPECTED_VERSION:
      return new WrongExpectedVersionError(
        call.streamName,
        call.expectedRevision ?? expectedFromClient(error.expectedVersion),
        actualFromClient(error.actualVersion),
      );
    case ErrorType.STREAM_NOT_FOUND:
      return new StreamNotFoundError(call.streamName);
    case ErrorType.STREAM_DELETED:
      return new StreamDeletedError(call.streamName);
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new InvalidAppendError('events', `the server refused more than ${error.maxAppendSize} bytes in one append`);
    default:
      return error;
  }
};

export const rethrowAsPortError =
  (call: FailedCall) =>
  (error: unknown): never => {
    throw toPortError(error, call);
  };

/** Failures after which subscribing again may work: the connection, the leader or the server's patience. */
const transientErrorTypes: ReadonlySet<ErrorType> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.CANCELLED,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
]);

export const isTransientClientError = (error: unknown): boolean =>
  error instanceof Error && isCommandError(error) && transientErrorTypes.has(error.type);
