import { Kysely } from 'kysely';
import { Client, Pool } from 'pg';
import type { ReadModelDatabase } from '../schema/database';
import { migrateToLatest } from '../schema/migrations';
import { SchemaScopedPostgresDialect } from './schema-scoped-postgres-dialect';
import type { ReadModelStore } from './read-model-store';

export interface PostgresReadModelStoreOptions {
  readonly connectionString: string;
  /** The schema the read models live in; created if absent. Default `public`. */
  readonly schema?: string;
  readonly poolSize?: number;
  /**
   * For a read replica (`PG_READ_URL`): no schema is created, no migration runs, and every transaction
   * is read-only. The tables must already be there, made by the process that writes them.
   */
  readonly readOnly?: boolean;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/** The production read-model store (`PG_URL`). */
export const createPostgresReadModelStore = async (options: PostgresReadModelStoreOptions): Promise<ReadModelStore> => {
  const schema = options.schema ?? 'public';
  if (!identifier.test(schema)) {
    throw new RangeError('schema: must be a lower-case SQL identifier (letters, digits, underscores; at most 63)');
  }
  const readOnly = options.readOnly === true;
  if (!readOnly) {
    const client = new Client({ connectionString: options.connectionString });
    await client.connect();
    try {
      await client.query(`create schema if not exists "${schema}"`);
    } finally {
      await client.end();
    }
  }
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 4,
    options: `-c search_path="${schema}"${readOnly ? ' -c default_transaction_read_only=on' : ''}`,
  });
  const db = new Kysely<ReadModelDatabase>({ dialect: new SchemaScopedPostgresDialect({ pool }, schema) });
  if (!readOnly) await migrateToLatest(db as Kysely<unknown>, schema);
  return { dialect: 'postgres', db, close: () => db.destroy() };
};
