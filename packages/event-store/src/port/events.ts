import type { JsonObject } from '@binaan/canonical-json';

/**
 * An event about to be appended. `id` is a UUID (stored lower-case); appending the same id again is a
 * no-op (idempotence). `type` may not start with `$`: those are the records the store writes itself.
 */
export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata?: JsonObject;
}

/** An event as stored. Revisions count from 0 within a stream; positions order the whole store. */
export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  /** When the store wrote it (the store's clock). */
  readonly created: Date;
}
