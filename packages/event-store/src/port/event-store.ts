import type { ProposedEvent, RecordedEvent } from './events';
import type {
  AppendOptions,
  AppendResult,
  DeleteOptions,
  StreamAppend,
  ReadAllByStreamOptions,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from './options';
import type { Subscription } from './subscription';

/**
 * Records of the underlying log that reads and subscriptions did not pass on, by reason, each counted
 * once (the first time a forwards read or a subscription went past it) since the store was opened.
 */
export interface SkippedRecords {
  /** The server's own records: `$` streams (stream metadata, statistics, settings, users, projections) and `$` types. */
  readonly system: number;
  /** `$>` link events, as system projections write them. */
  readonly links: number;
  /** Events of streams that are not this application's (other applications sharing the store). */
  readonly foreign: number;
  /** How many distinct such streams those foreign events came from. */
  readonly foreignStreams: number;
}

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
  /**
   * Optional: the events a forwards readAll would yield up to `untilPosition`, stream after stream
   * instead of by position. Each stream's events come together and in revision order; the streams come
   * in an order of the adapter's own that does not change between reads, so `after` resumes a read.
   * For folds whose rows each belong to one stream (a rebuild of per-participant read models): they
   * then meet each row's events one after the other. Adapters with no index by stream over the whole
   * log leave it out (the esdb adapter: `$all` is in log order only), and callers read by position.
   */
  readAllByStream?(options: ReadAllByStreamOptions): AsyncIterable<RecordedEvent>;
  /** Throws InvalidArgumentError at once for bad options; read failures surface from the iteration. */
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  /** Soft delete: reads give StreamNotFound; a later append starts again after the last revision. */
  deleteStream(streamName: string, options?: DeleteOptions): Promise<{ position: bigint }>;
  /** Hard delete: every later read, append or delete gives StreamDeleted. */
  tombstoneStream(streamName: string, options?: DeleteOptions): Promise<{ position: bigint }>;
  /**
   * Optional: what the store held but did not pass on. Adapters over a log that only they write
   * (memory, SQLite) leave it out; the esdb adapter, whose `$all` is shared with the server and other
   * applications, counts it.
   */
  skippedRecords?(): SkippedRecords;
  close(): Promise<void>;
}
