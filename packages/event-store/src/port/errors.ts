import type { ExpectedRevision } from './options';

/** The current state of a stream, as reported by a conflict. */
export type ActualRevision = bigint | 'no_stream';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'WrongExpectedVersion';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream ${streamName}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

export class StreamNotFoundError extends EventStoreError {
  readonly code = 'StreamNotFound';
  constructor(readonly streamName: string) {
    super(`stream ${streamName} not found`);
  }
}

export class StreamDeletedError extends EventStoreError {
  readonly code = 'StreamDeleted';
  constructor(readonly streamName: string) {
    super(`stream ${streamName} is deleted`);
  }
}

/** A request was refused before anything was done. `field` names the part, `rule` the broken rule. */
export class InvalidArgumentError extends EventStoreError {
  readonly code: string = 'InvalidArgument';
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
  }
}

/** A write was refused before anything was stored. */
export class InvalidAppendError extends InvalidArgumentError {
  override readonly code = 'InvalidAppend';
}
