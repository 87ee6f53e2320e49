import { Pool, type PoolClient } from 'pg';
import { DEFAULT_KEY_TABLE_NAME, KEY_TABLE_SCHEMA_VERSION, validateTableName, type DataKeyTable } from './data-key-table';
import { KeyStoreSchemaError } from './errors';
import type { KeyStore } from './key-store';
import { createKeyStoreOverTable } from './key-store-over-table';
import type { MasterKey } from './master-key';

export interface PostgresKeyStoreOptions {
  /** A pool (it stays open on close) or a connection string such as PG_URL (the store's own pool). */
  readonly pool: Pool | string;
  readonly masterKey: MasterKey;
  readonly tableName?: string;
}

interface StoredRow {
  readonly wrapped_key: Buffer | null;
  readonly master_key_fingerprint: string | null;
  readonly erased_at: Date | null;
}

const migrations = (table: string): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS "${table}" (
     kid text PRIMARY KEY,
     wrapped_key bytea,
     master_key_fingerprint text,
     created_at timestamptz NOT NULL,
     erased_at timestamptz,
     CHECK ((erased_at IS NULL) = (wrapped_key IS NOT NULL AND master_key_fingerprint IS NOT NULL))
   )`,
];

const inTransaction = async (client: PoolClient, work: () => Promise<void>): Promise<void> => {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
};

/** Serialised by an advisory lock, so processes starting together apply each step once. */
const migrate = async (pool: Pool, table: string): Promise<void> => {
  const versions = `${table}_schema`;
  const client = await pool.connect();
  try {
    await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [versions]);
      await client.query(`CREATE TABLE IF NOT EXISTS "${versions}" (version integer NOT NULL)`);
      const result = await client.query<{ version: number | null }>(`SELECT MAX(version) AS version FROM "${versions}"`);
      const applied = result.rows[0]?.version ?? 0;
      if (applied > KEY_TABLE_SCHEMA_VERSION) {
        throw new KeyStoreSchemaError(table, applied, KEY_TABLE_SCHEMA_VERSION);
      }
      for (const [index, ddl] of migrations(table).slice(applied, KEY_TABLE_SCHEMA_VERSION).entries()) {
        await client.query(ddl);
        await client.query(`INSERT INTO "${versions}" (version) VALUES ($1)`, [applied + index + 1]);
      }
    });
  } finally {
    client.release();
  }
};

const postgresTable = (pool: Pool, table: string, owned: boolean): DataKeyTable => {
  let open = true;
  return {
    find: async (kid) => {
      const result = await pool.query<StoredRow>(
        `SELECT wrapped_key, master_key_fingerprint, erased_at FROM "${table}" WHERE kid = $1`,
        [kid],
      );
      const row = result.rows[0];
      return row === undefined
        ? undefined
        : { wrappedKey: row.wrapped_key, masterKeyFingerprint: row.master_key_fingerprint, erased: row.erased_at !== null };
    },
    insertIfAbsent: async (row) => {
      await pool.query(
        `INSERT INTO "${table}" (kid, wrapped_key, master_key_fingerprint, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (kid) DO NOTHING`,
        [row.kid, row.wrappedKey, row.masterKeyFingerprint, row.createdAt],
      );
    },
    tombstone: async (kid, erasedAt) => {
      await pool.query(
        `INSERT INTO "${table}" AS k (kid, wrapped_key, master_key_fingerprint, created_at, erased_at) VALUES ($1, NULL, NULL, $2, $2)
         ON CONFLICT (kid) DO UPDATE SET wrapped_key = NULL, master_key_fingerprint = NULL, erased_at = COALESCE(k.erased_at, excluded.erased_at)`,
        [kid, erasedAt],
      );
    },
    findOtherFingerprint: async (fingerprint) => {
      const result = await pool.query<{ master_key_fingerprint: string }>(
        `SELECT master_key_fingerprint FROM "${table}" WHERE master_key_fingerprint IS NOT NULL AND master_key_fingerprint <> $1 LIMIT 1`,
        [fingerprint],
      );
      return result.rows[0]?.master_key_fingerprint;
    },
    close: async () => {
      if (owned && open) {
        open = false;
        await pool.end();
      }
    },
  };
};

/** Data keys in a PostgreSQL table (used when PG_URL is set), created (versioned) when missing. */
export const createPostgresKeyStore = async (options: PostgresKeyStoreOptions): Promise<KeyStore> => {
  const table = validateTableName(options.tableName ?? DEFAULT_KEY_TABLE_NAME);
  const owned = typeof options.pool === 'string';
  const pool = typeof options.pool === 'string' ? new Pool({ connectionString: options.pool }) : options.pool;
  try {
    await migrate(pool, table);
    return await createKeyStoreOverTable(postgresTable(pool, table, owned), options.masterKey);
  } catch (error) {
    if (owned) {
      await pool.end();
    }
    throw error;
  }
};
