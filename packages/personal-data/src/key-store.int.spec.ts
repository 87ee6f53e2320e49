import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Pool } from 'pg';
import { DEFAULT_KEY_TABLE_NAME, KEY_TABLE_SCHEMA_VERSION } from './data-key-table';
import {
  DataKeyErasedError,
  DataKeyLogNotFlushedError,
  KeyStoreCorruptError,
  KeyStoreSchemaError,
  MasterKeyMismatchError,
  PersonalDataInputError,
} from './errors';
import type { KeyStore } from './key-store';
import { createMasterKey, type MasterKey } from './master-key';
import { createMemoryKeyRows, createMemoryKeyStore } from './memory-key-store';
import { createPostgresKeyStore } from './postgres-key-store';
import { createSqliteKeyStore } from './sqlite-key-store';

/** One empty key table, and ways to open stores on it and to damage it as an attacker with database access would. */
interface KeyTableHarness {
  open(masterKey: MasterKey): Promise<KeyStore>;
  flipWrappedKeyBit(kid: string): Promise<void>;
  dispose(): Promise<void>;
}

/** SQL tables also record the schema versions applied to them. */
interface SqlKeyTableHarness extends KeyTableHarness {
  appliedVersions(): Promise<readonly number[]>;
  recordVersion(version: number): Promise<void>;
}

const PG_URL = process.env['PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const uniqueTableName = () => `data_keys_test_${process.pid}_${randomBytes(4).toString('hex')}`;

const memoryHarness = async (): Promise<KeyTableHarness> => {
  const rows = createMemoryKeyRows();
  return {
    open: (masterKey) => createMemoryKeyStore(masterKey, rows),
    flipWrappedKeyBit: async (kid) => {
      const row = rows.get(kid)!;
      const wrappedKey = Buffer.from(row.wrappedKey!);
      wrappedKey[30] = wrappedKey[30]! ^ 0x01;
      rows.set(kid, { ...row, wrappedKey });
    },
    dispose: async () => undefined,
  };
};

const sqliteHarness = async (): Promise<SqlKeyTableHarness> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'binaan-keys-'));
  const file = path.join(directory, 'binaan.db');
  const shared = new Database(file);
  const tableName = uniqueTableName();
  return {
    open: (masterKey) => createSqliteKeyStore({ database: file, masterKey, tableName }),
    flipWrappedKeyBit: async (kid) => {
      shared.prepare(`UPDATE "${tableName}" SET wrapped_key = ? WHERE kid = ?`).run(randomBytes(60), kid);
    },
    appliedVersions: async () =>
      (shared.prepare(`SELECT version FROM "${tableName}_schema" ORDER BY version`).all() as { version: number }[]).map(
        (row) => row.version,
      ),
    recordVersion: async (version) => {
      shared.prepare(`INSERT INTO "${tableName}_schema" (version) VALUES (?)`).run(version);
    },
    dispose: async () => {
      shared.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
};

const postgresHarness = async (): Promise<SqlKeyTableHarness> => {
  const pool = new Pool({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    const shown = PG_URL.replace(/:[^:@/]*@/, ':***@');
    throw new Error(`PostgreSQL at PG_URL (${shown}) is required for this suite and is unreachable: ${String(error)}`);
  }
  const tableName = uniqueTableName();
  return {
    open: (masterKey) => createPostgresKeyStore({ pool, masterKey, tableName }),
    flipWrappedKeyBit: async (kid) => {
      await pool.query(`UPDATE "${tableName}" SET wrapped_key = $1 WHERE kid = $2`, [randomBytes(60), kid]);
    },
    appliedVersions: async () =>
      (await pool.query<{ version: number }>(`SELECT version FROM "${tableName}_schema" ORDER BY version`)).rows.map(
        (row) => row.version,
      ),
    recordVersion: async (version) => {
      await pool.query(`INSERT INTO "${tableName}_schema" (version) VALUES ($1)`, [version]);
    },
    dispose: async () => {
      await pool.query(`DROP TABLE IF EXISTS "${tableName}", "${tableName}_schema"`);
      await pool.end();
    },
  };
};

describe.each([
  ['memory', memoryHarness],
  ['SQLite', sqliteHarness],
  ['PostgreSQL', postgresHarness],
])('%s key store', (_name, createHarness) => {
  const masterKeyBytes = randomBytes(32);
  const masterKey = createMasterKey(masterKeyBytes);
  let harness: KeyTableHarness;
  let store: KeyStore;
  beforeEach(async () => {
    harness = await createHarness();
    store = await harness.open(masterKey);
  });
  afterEach(async () => {
    await store.close();
    await harness.dispose();
  });

  it('reports an unknown kid as missing', async () => {
    expect(await store.getDataKey(randomUUID())).toBe('missing');
  });

  it('creates a 32-byte key on first use and returns the same key afterwards', async () => {
    const kid = randomUUID();
    const created = await store.getOrCreateDataKey(kid);
    expect(created).toHaveLength(32);
    expect((await store.getOrCreateDataKey(kid)).equals(created)).toBe(true);
    expect(await store.getDataKey(kid)).toEqual(created);
    expect((await store.getOrCreateDataKey(randomUUID())).equals(created)).toBe(false);
  });

  it('gives concurrent first callers the same key', async () => {
    const kid = randomUUID();
    const keys = await Promise.all(Array.from({ length: 6 }, () => store.getOrCreateDataKey(kid)));
    keys.forEach((key) => expect(key.equals(keys[0]!)).toBe(true));
  });

  it('keeps keys for the next store opened on the table with the same master key', async () => {
    const kid = randomUUID();
    const created = await store.getOrCreateDataKey(kid);
    const reopened = await harness.open(createMasterKey(Buffer.from(masterKeyBytes)));
    try {
      expect(await reopened.getDataKey(kid)).toEqual(created);
    } finally {
      await reopened.close();
    }
  });

  it('erases a key, leaving a tombstone that refuses new keys for that kid', async () => {
    const kid = randomUUID();
    await store.getOrCreateDataKey(kid);
    await store.eraseDataKey(kid);
    await store.eraseDataKey(kid);
    expect(await store.getDataKey(kid)).toBe('erased');
    await expect(store.getOrCreateDataKey(kid)).rejects.toThrow(new DataKeyErasedError(kid));
  });

  it('erases a kid it never saw', async () => {
    const kid = randomUUID();
    await store.eraseDataKey(kid);
    expect(await store.getDataKey(kid)).toBe('erased');
  });

  it('refuses to open with another master key once keys exist', async () => {
    await store.getOrCreateDataKey(randomUUID());
    const wrongKey = createMasterKey(randomBytes(32));
    await expect(harness.open(wrongKey)).rejects.toThrow(MasterKeyMismatchError);
    await expect(harness.open(wrongKey)).rejects.toThrow(
      `the master key does not match the key store: its data keys were wrapped by the master key with fingerprint ${masterKey.fingerprint}, but the master key in use has fingerprint ${wrongKey.fingerprint}`,
    );
  });

  it('reports a key written under another master key after it opened', async () => {
    const other = await harness.open(createMasterKey(randomBytes(32)));
    const kid = randomUUID();
    try {
      await other.getOrCreateDataKey(kid);
      await expect(store.getDataKey(kid)).rejects.toThrow(MasterKeyMismatchError);
    } finally {
      await other.close();
    }
  });

  it('reports a stored key that was altered', async () => {
    const kid = randomUUID();
    await store.getOrCreateDataKey(kid);
    await harness.flipWrappedKeyBit(kid);
    await expect(store.getDataKey(kid)).rejects.toThrow(
      new KeyStoreCorruptError(kid, 'the stored key fails authentication under the master key'),
    );
  });

  it('refuses a kid that is not a printable string, naming the field', async () => {
    await expect(store.getDataKey('')).rejects.toThrow(new PersonalDataInputError('kid', 'must be a string of 1..128 characters'));
    await expect(store.eraseDataKey('a\nb')).rejects.toThrow(new PersonalDataInputError('kid', 'must not contain control characters'));
  });
});

describe.each([
  ['SQLite', sqliteHarness],
  ['PostgreSQL', postgresHarness],
])('%s key table schema', (_name, createHarness) => {
  const masterKey = createMasterKey(randomBytes(32));
  let harness: SqlKeyTableHarness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.dispose());

  it('records the schema version it created and applies nothing again when reopened', async () => {
    await (await harness.open(masterKey)).close();
    await (await harness.open(masterKey)).close();
    expect(await harness.appliedVersions()).toEqual([KEY_TABLE_SCHEMA_VERSION]);
  });

  it('refuses a table from a newer schema version', async () => {
    await (await harness.open(masterKey)).close();
    await harness.recordVersion(KEY_TABLE_SCHEMA_VERSION + 1);
    await expect(harness.open(masterKey)).rejects.toThrow(KeyStoreSchemaError);
  });
});

describe('PostgreSQL key store given a connection string', () => {
  it('opens its own pool and ends it on close', async () => {
    const tableName = uniqueTableName();
    const admin = new Pool({ connectionString: PG_URL });
    try {
      const store = await createPostgresKeyStore({ pool: PG_URL, masterKey: createMasterKey(randomBytes(32)), tableName });
      const kid = randomUUID();
      await store.getOrCreateDataKey(kid);
      await store.close();
      await expect(store.getDataKey(kid)).rejects.toThrow('Cannot use a pool after calling end on the pool');
      const rows = await admin.query(`SELECT kid FROM "${tableName}"`);
      expect(rows.rows).toEqual([{ kid }]);
    } finally {
      await admin.query(`DROP TABLE IF EXISTS "${tableName}", "${tableName}_schema"`);
      await admin.end();
    }
  });
});

describe('SQLite key store in a file of its own', () => {
  const wrappedKeyOf = (file: string, kid: string): Buffer => {
    const reader = new Database(file, { readonly: true });
    try {
      return (reader.prepare(`SELECT wrapped_key FROM "${DEFAULT_KEY_TABLE_NAME}" WHERE kid = ?`).get(kid) as { wrapped_key: Buffer }).wrapped_key;
    } finally {
      reader.close();
    }
  };
  const filesHolding = (directory: string, bytes: Buffer): readonly string[] =>
    fs.readdirSync(directory).filter((name) => fs.readFileSync(path.join(directory, name)).includes(bytes));

  /** A store opened on keys.db in a folder of its own, holding two keys, and the bytes each is stored as. */
  const withTwoKeys = async (
    use: (opened: { readonly directory: string; readonly file: string; readonly store: KeyStore; readonly kids: readonly [string, string]; readonly bytes: readonly [Buffer, Buffer] }) => Promise<void>,
  ): Promise<void> => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'binaan-keys-own-'));
    const file = path.join(directory, 'keys.db');
    try {
      const store = await createSqliteKeyStore({ database: file, masterKey: createMasterKey(randomBytes(32)) });
      const kids = [randomUUID(), randomUUID()] as const;
      for (const kid of kids) await store.getOrCreateDataKey(kid);
      await use({ directory, file, store, kids, bytes: [wrappedKeyOf(file, kids[0]), wrappedKeyOf(file, kids[1])] });
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  };

  it('writes ahead to a log (one sync a new key), and leaves an erased key in no file of the folder, log included', async () => {
    await withTwoKeys(async ({ directory, file, store, kids: [erased], bytes: [erasedBytes, keptBytes] }) => {
      // Before erasure the key is on disk (in the log or the file): the search below can find it.
      expect(filesHolding(directory, erasedBytes)).not.toEqual([]);
      await store.eraseDataKey(erased);
      expect(filesHolding(directory, erasedBytes)).toEqual([]);
      expect(filesHolding(directory, keptBytes)).not.toEqual([]);
      expect(await store.getDataKey(erased)).toBe('erased');
      await store.close();
      const probe = new Database(file, { readonly: true });
      expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
      probe.close();
    });
  });

  it('waits for a reader holding the log without stopping the process, and refuses to report done while one still holds it', async () => {
    await withTwoKeys(async ({ directory, file, store, kids: [first, second], bytes: [firstBytes, secondBytes] }) => {
      // A reader (a backup, say) holds a snapshot from before the erasure.
      const reader = new Database(file, { readonly: true });
      const holdSnapshot = () => {
        reader.exec('BEGIN');
        reader.prepare(`SELECT count(*) FROM "${DEFAULT_KEY_TABLE_NAME}"`).get();
      };
      holdSnapshot();
      let ticks = 0;
      const ticker = setInterval(() => (ticks += 1), 20);
      setTimeout(() => reader.exec('COMMIT'), 1_000);
      await store.eraseDataKey(first);
      clearInterval(ticker);
      // The process went on while erasure waited, and the key is gone once it returned.
      expect(ticks).toBeGreaterThanOrEqual(20);
      expect(filesHolding(directory, firstBytes)).toEqual([]);

      holdSnapshot();
      await expect(store.eraseDataKey(second)).rejects.toBeInstanceOf(DataKeyLogNotFlushedError);
      expect(await store.getDataKey(second)).toBe('erased');
      reader.exec('COMMIT');
      reader.close();
      await store.eraseDataKey(second);
      expect(filesHolding(directory, secondBytes)).toEqual([]);
      await store.close();
    });
  }, 20_000);
});
