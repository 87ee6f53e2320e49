import type { ProposedEvent, RecordedEvent } from './events';
import type {
  AppendOptions,
  AppendResult,
  DeleteOptions,
  StreamAppend,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from './options';
import type { Subscription } from './subscription';

/**
 * The event-store port, with EventStoreDB's semantics so adapters are interchangeable.
 * Failures are thrown as the typed errors in ./errors.
 */
export interface EventStore {
  appendToStream(streamName: string, events: readonly ProposedEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Optional: appends to several distinct streams in one atomic write, as KurrentDB's multi-stream
   * append (25.1) does: every part is written or none is. Each part is checked as appendToStream
   * checks it (expected revision, idempotence by event id); the first part that fails throws its
   * typed error and nothing is written. Results are in the order of the parts. Adapters that cannot
   * write atomically across streams leave it out (the esdb adapter: @eventstore/db-client 6.2.1
   * has no such call), and callers then append part by part.
   */
  appendToStreams?(parts: readonly StreamAppend[]): Promise<readonly AppendResult[]>;
  /** Throws StreamNotFoundError (missing or soft-deleted) or StreamDeletedError (tombstoned) when iterated. */
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Appended events only: the records deletes write are never yielded. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Throws InvalidArgumentError at once for bad options; read failures surface from the iteration. */
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  /** Soft delete: reads give StreamNotFound; a later append starts again after the last revision. */
  deleteStream(streamName: string, options?: DeleteOptions): Promise<{ position: bigint }>;
  /** Hard delete: every later read, append or delete gives StreamDeleted. */
  tombstoneStream(streamName: string, options?: DeleteOptions): Promise<{ position: bigint }>;
  close(): Promise<void>;
}
