import Database from 'better-sqlite3';
import { anyJsonEvent, type EventSchema } from '@binaan/event-store';
import { InvalidArgumentError } from '@binaan/event-store';
import type { DeleteOptions } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import { BEYOND_LAST, checkStartPoint, checkStreamNameToRead } from '@binaan/event-store/adapter-kit';
import { compileFilter } from '@binaan/event-store/adapter-kit';
import { createCatchUpSubscription } from '@binaan/event-store/adapter-kit';
import { createChangeSignal } from '@binaan/event-store/adapter-kit';
import { createOpenSubscriptions } from '@binaan/event-store/adapter-kit';
import { validateAppend, validateExpectedRevision } from '@binaan/event-store/adapter-kit';
import { validateStreamAppends } from '@binaan/event-store/adapter-kit';
import { writeSoonAsUnlocked } from './sqlite-busy-retry';
import { readSqliteAll, readSqliteAllByStream, readSqlitePage, readSqliteStream } from './sqlite-reads';
import { prepareWhenUnlocked } from './sqlite-open-retry';
import type { Synchronous } from './sqlite-schema';
import { prepareStatements } from './sqlite-statements';
import { createGroupCommit } from './sqlite-group-commit';
import { createSqliteWrites } from './sqlite-writes';

export interface SqliteEventStoreOptions {
  /** The database file (created if missing), or ':memory:'. The store opens and closes its own connection. */
  readonly path: string;
  /** Checks appends and upcasts reads; defaults to anyJsonEvent. */
  readonly schema?: EventSchema;
  /** The `created` time of each write; defaults to the system clock. */
  readonly clock?: () => Date;
  /** How often subscriptions look for other processes' appends; this process's appends wake them at once. */
  readonly pollIntervalMs?: number;
  /** How long a write waits for another process's write lock (SQLite `busy_timeout`). */
  readonly busyTimeoutMs?: number;
  /** `full` (default): an append is on disk when it returns. `normal`: faster; a power cut may lose the last appends. */
  readonly synchronous?: Synchronous;
  /**
   * `true` (default): writes that arrive together share one transaction and one fsync, each still
   * checked and rolled back on its own (sqlite-group-commit.ts). `false`: a transaction per write.
   */
  readonly groupCommit?: boolean;
}

const positiveInteger = (value: number | undefined, fallback: number, field: string): number => {
  if (value === undefined) return fallback;
  if (Number.isSafeInteger(value) && value > 0) return value;
  throw new InvalidArgumentError(field, 'must be a positive integer');
};

const openDatabase = (options: SqliteEventStoreOptions, busyTimeoutMs: number): Database.Database => {
  if (typeof options.path !== 'string' || options.path === '') {
    throw new InvalidArgumentError('options.path', 'must be a file path or ":memory:"');
  }
  const synchronous = options.synchronous ?? 'full';
  if (synchronous !== 'full' && synchronous !== 'normal') {
    throw new InvalidArgumentError('options.synchronous', 'must be "full" or "normal"');
  }
  const db = new Database(options.path);
  try {
    prepareWhenUnlocked(db, { busyTimeoutMs, synchronous });
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
};

/** The embedded event store: one SQLite file in WAL mode, shareable by several processes. */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): EventStore => {
  const schema = options.schema ?? anyJsonEvent;
  const busyTimeoutMs = positiveInteger(options.busyTimeoutMs, 5_000, 'options.busyTimeoutMs');
  const pollIntervalMs = positiveInteger(options.pollIntervalMs, 25, 'options.pollIntervalMs');
  const db = openDatabase(options, busyTimeoutMs);
  const statements = prepareStatements(db);
  const writes = createSqliteWrites(db, statements, options.clock ?? (() => new Date()));
  const changes = createChangeSignal();
  const subscriptions = createOpenSubscriptions();

  /** Wakes subscriptions after a write; synchronous unless the write had to wait for a lock. */
  const writeAlone = <T>(attempt: () => T): T | Promise<T> => {
    const result = writeSoonAsUnlocked(attempt);
    if (!(result instanceof Promise)) {
      changes.notify();
      return result;
    }
    return result.then((written) => {
      changes.notify();
      return written;
    });
  };

  const group = options.groupCommit === false ? undefined : createGroupCommit(db, () => changes.notify());
  const write = <T>(attempt: () => T): T | Promise<T> => (group === undefined ? writeAlone(attempt) : group.submit(attempt));

  const deleteArguments = (streamName: string, deleteOptions: DeleteOptions | undefined) =>
    [
      checkStreamNameToRead(streamName),
      validateExpectedRevision(deleteOptions?.expectedRevision, 'options.expectedRevision', InvalidArgumentError),
    ] as const;

  return {
    appendToStream: async (streamName, events, appendOptions) => {
      const append = validateAppend(streamName, events, appendOptions, schema);
      return write(() => writes.append(append));
    },
    appendToStreams: async (parts) => {
      const appends = validateStreamAppends(parts, schema);
      return write(() => writes.appendMany(appends));
    },
    readStream: (streamName, readOptions) => readSqliteStream(statements, schema, streamName, readOptions),
    readAll: (readOptions) => readSqliteAll(statements, schema, readOptions),
    readAllByStream: (readOptions) => readSqliteAllByStream(statements, schema, readOptions),
    subscribeToAll: (subscribeOptions) => {
      const matches = compileFilter(subscribeOptions?.filter, 'options.filter');
      const from = checkStartPoint(subscribeOptions?.fromPosition, 'options.fromPosition', 'start');
      const after = from === BEYOND_LAST ? (statements.headPosition.get() ?? 0n) : from;
      const readPage = (position: bigint, limit: number) => readSqlitePage(statements, schema, matches, position, limit);
      const source = { readPage, changes, pollIntervalMs };
      return subscriptions.open((onClose) => createCatchUpSubscription(source, after, onClose));
    },
    deleteStream: async (streamName, deleteOptions) => {
      const [name, expected] = deleteArguments(streamName, deleteOptions);
      return write(() => writes.softDelete(name, expected));
    },
    tombstoneStream: async (streamName, deleteOptions) => {
      const [name, expected] = deleteArguments(streamName, deleteOptions);
      return write(() => writes.tombstone(name, expected));
    },
    close: async () => {
      await group?.drain();
      await subscriptions.closeAll();
      if (db.open) db.close();
    },
  };
};
