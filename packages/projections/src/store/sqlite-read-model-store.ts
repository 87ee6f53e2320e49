import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ReadModelDatabase } from '../schema/database';
import { migrateToLatest } from '../schema/migrations';
import type { ReadModelStore } from './read-model-store';

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
  const prepared = new Map<string, Database.Statement>();
  const runCompiledWrite = (sql: string, parameters: readonly unknown[]): void => {
    let statement = prepared.get(sql);
    if (statement === undefined) {
      statement = database.prepare(sql);
      prepared.set(sql, statement);
    }
    statement.run(parameters);
  };
  return { dialect: 'sqlite', db, runCompiledWrite, close: () => db.destroy() };
};
