import type { JsonObject } from '@binaan/event-store';

/** An event as stored, as much as verification needs (a RecordedEvent is one). */
export interface StoredEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/**
 * Where verification reads from: every event in position order, or only those of some streams.
 * System records (types starting with `$`) are left out, as the store's own reads leave them out.
 */
export type StoredEventSource = (onlyStreams?: ReadonlySet<string>) => Iterable<StoredEvent> | AsyncIterable<StoredEvent>;
