import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ReadModelDatabase } from '../schema/database';
import { migrateToLatest } from '../schema/migrations';
import { createPreparedStatements } from './prepared-statements';
import type { ReadModelStore } from './read-model-store';

/**
 * WAL pages between automatic checkpoints while a rebuild loads a new version (default 1,000). A
 * checkpoint copies the WAL into the database file and syncs it; a bulk load writes so much that
 * syncing every 1,000 pages (4 MB) was a fifth of a rebuild's time. The WAL grows to about 64 MB.
 */
const bulkLoadCheckpointPages = 16_384;

export interface SqliteReadModelStoreOptions {
  /** A file path, or `:memory:`. */
  readonly filename: string;
}

/**
 * The embedded read-model store. WAL lets dashboards read while the runner writes; with
 * `synchronous = NORMAL` a committed batch survives a killed process (only a power cut may lose the last ones).
 */
export const createSqliteReadModelStore = async (options: SqliteReadModelStoreOptions): Promise<ReadModelStore> => {
  const database = new Database(options.filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 10000');
  database.pragma('cache_size = -32768');
  const db = new Kysely<ReadModelDatabase>({ dialect: new SqliteDialect({ database }) });
  await migrateToLatest(db as Kysely<unknown>);
  const writeStatement = createPreparedStatements((sql) => database.prepare(sql));
  const runCompiledWrite = (sql: string, parameters: readonly unknown[]): void => {
    writeStatement(sql).run(parameters);
  };
  const readStatement = createPreparedStatements((sql) => database.prepare(sql).raw(true));
  const runCompiledRead = (sql: string, parameters: readonly unknown[]): readonly (readonly unknown[])[] =>
    readStatement(sql).all(parameters) as unknown[][];
  const defaultCheckpointPages = database.pragma('wal_autocheckpoint', { simple: true }) as number;
  let bulkLoads = 0;
  const duringBulkLoad = async <T>(work: () => Promise<T>): Promise<T> => {
    if (bulkLoads++ === 0) database.pragma(`wal_autocheckpoint = ${bulkLoadCheckpointPages}`);
    try {
      return await work();
    } finally {
      if (--bulkLoads === 0) database.pragma(`wal_autocheckpoint = ${defaultCheckpointPages}`);
    }
  };
  return { dialect: 'sqlite', db, runCompiledWrite, runCompiledRead, duringBulkLoad, close: () => db.destroy() };
};
