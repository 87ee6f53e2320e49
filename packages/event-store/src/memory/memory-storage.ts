import type { JsonObject } from '@binaan/canonical-json';
import type { RecordedEvent } from '../port/events';

/** A record written around the port's checks. */
export interface UncheckedRecord {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/**
 * The memory adapter's stored records, for tools built on it (the EventStoreDB wire stand-in) and for
 * tests that need to see or alter what is stored.
 */
export interface MemoryStorage {
  /**
   * Every record in position order: appended events and the records deletes write, as EventStoreDB
   * does: `$metadata` records in `$$<stream>` (data `{"$tb": n}`) and a `$streamDeleted` record at
   * revision 2^63-1 for a tombstone. A live, read-only view.
   */
  records(): readonly RecordedEvent[];
  /** One stream's records indexed by revision, including those hidden by a soft delete; `$$<stream>` works too. */
  streamRecords(streamName: string): readonly RecordedEvent[];
  /**
   * Replaces the record at `position` (the replacement keeps that position), bypassing every check and
   * notifying no one: tests play the attacker.
   */
  tamper(position: bigint, change: (record: RecordedEvent) => RecordedEvent): void;
  /**
   * Appends records after the stream's last revision with no check at all (any stream name, `$`
   * streams and types included) and tells subscribers, as the store's own writes do: for tools that
   * must hold what the port refuses (the wire stand-in's system records and other applications'
   * events). Answers the records as stored.
   */
  appendUnchecked(streamName: string, records: readonly UncheckedRecord[], created: Date): readonly RecordedEvent[];
  /** Calls `listener` with each new record, in position order, once the write that stored it is complete. */
  watch(listener: (record: RecordedEvent) => void): () => void;
}
