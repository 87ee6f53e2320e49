import type { ProposedEvent } from './events';

/** EventStoreDB's expected-revision cases: a bigint is the revision of the stream's last event. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event written (or, for an idempotent repeat, of the last repeated event). */
  readonly nextExpectedRevision: bigint;
  /** Global position of that event. */
  readonly position: bigint;
}

/** One stream's part of an atomic multi-stream append (EventStore.appendToStreams). */
export interface StreamAppend {
  readonly streamName: string;
  readonly events: readonly ProposedEvent[];
  readonly options?: AppendOptions;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  readonly direction?: Direction;
  /** Inclusive. Defaults to 'start' forwards and 'end' backwards. */
  readonly fromRevision?: 'start' | 'end' | bigint;
  readonly maxCount?: bigint | number;
}

export interface AllFilter {
  /** Keep events whose stream name starts with one of these. */
  readonly streamPrefixes?: readonly string[];
  /** Keep events whose type is one of these. */
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  readonly direction?: Direction;
  /** Forwards: inclusive. Backwards: exclusive (as EventStoreDB). */
  readonly fromPosition?: 'start' | 'end' | bigint;
  readonly maxCount?: bigint | number;
  readonly filter?: AllFilter;
}

/** Where a read in stream order stands: a stream and a revision of it. */
export interface StreamOrderCursor {
  readonly streamName: string;
  readonly revision: bigint;
}

export interface ReadAllByStreamOptions {
  /** Inclusive: events at later positions are left out, so a read that takes a while sees a fixed log. */
  readonly untilPosition: bigint;
  /** Exclusive: the read starts after this event of the order (the last one a caller kept). Default: the beginning. */
  readonly after?: StreamOrderCursor;
}

export interface SubscribeToAllOptions {
  /** Exclusive: the subscription yields events after this position. */
  readonly fromPosition?: 'start' | 'end' | bigint;
  readonly filter?: AllFilter;
}

export interface DeleteOptions {
  readonly expectedRevision?: ExpectedRevision;
}
