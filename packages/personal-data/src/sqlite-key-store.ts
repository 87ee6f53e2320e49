import Database from 'better-sqlite3';
import { DEFAULT_KEY_TABLE_NAME, KEY_TABLE_SCHEMA_VERSION, validateTableName, type DataKeyTable } from './data-key-table';
import { DataKeyLogNotFlushedError, KeyStoreSchemaError } from './errors';
import type { KeyStore } from './key-store';
import { createKeyStoreOverTable } from './key-store-over-table';
import type { MasterKey } from './master-key';

export interface SqliteKeyStoreOptions {
  /** An open database (e.g. the event store's file; it stays open on close) or a file path to open. */
  readonly database: Database.Database | string;
  readonly masterKey: MasterKey;
  readonly tableName?: string;
}

interface StoredRow {
  readonly wrapped_key: Buffer | null;
  readonly master_key_fingerprint: string | null;
  readonly erased_at: string | null;
}

const migrations = (table: string): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS "${table}" (
     kid TEXT PRIMARY KEY,
     wrapped_key BLOB,
     master_key_fingerprint TEXT,
     created_at TEXT NOT NULL,
     erased_at TEXT,
     CHECK ((erased_at IS NULL) = (wrapped_key IS NOT NULL AND master_key_fingerprint IS NOT NULL))
   )`,
];

const migrate = (db: Database.Database, table: string): void => {
  const versions = `${table}_schema`;
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS "${versions}" (version INTEGER NOT NULL)`);
    const applied = (db.prepare(`SELECT MAX(version) AS version FROM "${versions}"`).get() as { version: number | null }).version ?? 0;
    if (applied > KEY_TABLE_SCHEMA_VERSION) {
      throw new KeyStoreSchemaError(table, applied, KEY_TABLE_SCHEMA_VERSION);
    }
    migrations(table)
      .slice(applied, KEY_TABLE_SCHEMA_VERSION)
      .forEach((ddl, index) => {
        db.exec(ddl);
        db.prepare(`INSERT INTO "${versions}" (version) VALUES (?)`).run(applied + index + 1);
      });
  }).immediate();
};

const openOwned = (path: string): Database.Database => {
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  // A new key costs one sync of the log, where a rollback journal costs several: enrolment waits on it.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Erased keys are overwritten in the file rather than left in free pages.
  db.pragma('secure_delete = ON');
  return db;
};

/** How long erasure waits for readers of the log (a backup, another process) before it gives up. */
const FLUSH_ATTEMPTS = 50;
const FLUSH_PAUSE_MS = 100;

/**
 * In WAL mode the erased key's bytes are still in the log (the frames that wrote it) and in the main
 * file (the page before the tombstone) until a checkpoint. A TRUNCATE checkpoint copies the tombstone
 * into the file (secure_delete clears the freed bytes) and empties the log, so once erasure returns the
 * key is in neither. A reader (a backup, another process) can hold the log: each attempt is made without
 * waiting in SQLite (whose busy handler would stop the whole process), and the pauses between them are
 * asynchronous. If the log is still held after about five seconds, erasure fails and may be asked
 * again (the tombstone is idempotent).
 */
const flushLogAfterErasure = async (db: Database.Database, kid: string): Promise<void> => {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return;
  for (let attempt = 1; attempt <= FLUSH_ATTEMPTS; attempt += 1) {
    if (checkpointWithoutWaiting(db)) return;
    if (attempt < FLUSH_ATTEMPTS) await new Promise((resume) => setTimeout(resume, FLUSH_PAUSE_MS));
  }
  throw new DataKeyLogNotFlushedError(kid);
};

/** One TRUNCATE checkpoint with the busy timeout off for its length; whether it emptied the log. */
const checkpointWithoutWaiting = (db: Database.Database): boolean => {
  const busyTimeout = Number(db.pragma('busy_timeout', { simple: true }));
  db.pragma('busy_timeout = 0');
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as readonly { readonly busy: number }[];
    return result !== undefined && result.busy === 0;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
};

const sqliteTable = (db: Database.Database, table: string, owned: boolean): DataKeyTable => {
  const find = db.prepare(`SELECT wrapped_key, master_key_fingerprint, erased_at FROM "${table}" WHERE kid = ?`);
  const insert = db.prepare(
    `INSERT INTO "${table}" (kid, wrapped_key, master_key_fingerprint, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (kid) DO NOTHING`,
  );
  const tombstone = db.prepare(
    `INSERT INTO "${table}" (kid, wrapped_key, master_key_fingerprint, created_at, erased_at) VALUES (?, NULL, NULL, ?, ?)
     ON CONFLICT (kid) DO UPDATE SET wrapped_key = NULL, master_key_fingerprint = NULL, erased_at = COALESCE(erased_at, excluded.erased_at)`,
  );
  const otherFingerprint = db.prepare(
    `SELECT master_key_fingerprint FROM "${table}" WHERE master_key_fingerprint IS NOT NULL AND master_key_fingerprint <> ? LIMIT 1`,
  );
  return {
    find: async (kid) => {
      const row = find.get(kid) as StoredRow | undefined;
      return row === undefined
        ? undefined
        : { wrappedKey: row.wrapped_key, masterKeyFingerprint: row.master_key_fingerprint, erased: row.erased_at !== null };
    },
    insertIfAbsent: async (row) => {
      insert.run(row.kid, row.wrappedKey, row.masterKeyFingerprint, row.createdAt.toISOString());
    },
    tombstone: async (kid, erasedAt) => {
      tombstone.run(kid, erasedAt.toISOString(), erasedAt.toISOString());
      await flushLogAfterErasure(db, kid);
    },
    findOtherFingerprint: async (fingerprint) =>
      (otherFingerprint.get(fingerprint) as { master_key_fingerprint: string } | undefined)?.master_key_fingerprint,
    close: async () => {
      if (owned && db.open) {
        db.close();
      }
    },
  };
};

/** Data keys in a SQLite table, created (versioned) when missing; may share the event store's file. */
export const createSqliteKeyStore = async (options: SqliteKeyStoreOptions): Promise<KeyStore> => {
  const table = validateTableName(options.tableName ?? DEFAULT_KEY_TABLE_NAME);
  const owned = typeof options.database === 'string';
  const db = typeof options.database === 'string' ? openOwned(options.database) : options.database;
  try {
    migrate(db, table);
    return await createKeyStoreOverTable(sqliteTable(db, table, owned), options.masterKey);
  } catch (error) {
    if (owned) {
      db.close();
    }
    throw error;
  }
};
