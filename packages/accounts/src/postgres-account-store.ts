import { Pool, type PoolClient } from 'pg';
import type { Account, AccountChange } from './account';
import type { AccountStore } from './account-store';
import { accountFromStored, changeFromStored, sessionFromStored } from './stored-rows';
import { AccountExistsError, AccountNotFoundError } from './errors';
import type { StoredSession } from './session';

export interface PostgresAccountStoreOptions {
  /** A connection string such as PG_URL; the store opens its own pool and closes it on close. */
  readonly connectionString: string;
  /** The schema that holds the three tables; created if missing. Default `public`. */
  readonly schema?: string;
}

const SCHEMA_VERSION = 1;
const SCHEMA_NAME_RULE = /^[a-z_][a-z0-9_]{0,62}$/;

/** Table names, quoted and qualified by the schema. */
const tablesIn = (schema: string) => ({
  accounts: `"${schema}"."binaan_accounts"`,
  sessions: `"${schema}"."binaan_account_sessions"`,
  changes: `"${schema}"."binaan_account_changes"`,
  versions: `"${schema}"."binaan_accounts_schema"`,
  appendOnly: `"${schema}"."binaan_account_changes_append_only"`,
});

type Tables = ReturnType<typeof tablesIn>;

const migrations = (t: Tables): readonly (readonly string[])[] => [
  [
    `CREATE TABLE ${t.accounts} (
       id text PRIMARY KEY,
       display_name text NOT NULL,
       role text NOT NULL,
       scope jsonb NOT NULL,
       disabled boolean NOT NULL DEFAULT false,
       password_hash text,
       external boolean NOT NULL DEFAULT false,
       credential_version integer NOT NULL DEFAULT 1,
       created_at timestamptz NOT NULL
     )`,
    `CREATE TABLE ${t.sessions} (
       id_hash text PRIMARY KEY,
       account_id text NOT NULL REFERENCES ${t.accounts} (id),
       csrf_token text NOT NULL,
       created_at_ms bigint NOT NULL,
       last_seen_at_ms bigint NOT NULL
     )`,
    `CREATE INDEX ON ${t.sessions} (account_id)`,
    `CREATE TABLE ${t.changes} (
       seq bigserial PRIMARY KEY,
       account_id text NOT NULL,
       kind text NOT NULL,
       changed_by text NOT NULL,
       changed_at timestamptz NOT NULL,
       details jsonb NOT NULL
     )`,
    `CREATE FUNCTION ${t.appendOnly}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'account_changes is append-only'; END $$`,
    `CREATE TRIGGER binaan_account_changes_no_rewrite BEFORE UPDATE OR DELETE ON ${t.changes}
       FOR EACH ROW EXECUTE FUNCTION ${t.appendOnly}()`,
    `CREATE TRIGGER binaan_account_changes_no_truncate BEFORE TRUNCATE ON ${t.changes}
       FOR EACH STATEMENT EXECUTE FUNCTION ${t.appendOnly}()`,
  ],
];

const inTransaction = async <T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
};

/** Serialised by an advisory lock, so API processes and workers starting together apply each step once. */
const migrate = async (pool: Pool, schema: string, t: Tables): Promise<void> =>
  inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${schema}.binaan_accounts_schema`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.versions} (version integer NOT NULL)`);
    const applied = (await client.query<{ version: number | null }>(`SELECT MAX(version) AS version FROM ${t.versions}`)).rows[0]?.version ?? 0;
    if (applied > SCHEMA_VERSION) throw new Error(`accounts store schema ${applied} is newer than this Binaan (${SCHEMA_VERSION})`);
    for (const [index, step] of migrations(t).slice(applied).entries()) {
      for (const ddl of step) await client.query(ddl);
      await client.query(`INSERT INTO ${t.versions} (version) VALUES ($1)`, [applied + index + 1]);
    }
  });

interface AccountRow {
  readonly id: string;
  readonly display_name: string;
  readonly role: string;
  readonly scope: unknown;
  readonly disabled: boolean;
  readonly password_hash: string | null;
  readonly external: boolean;
  readonly credential_version: number;
  readonly created_at: Date;
}

interface SessionRow {
  readonly id_hash: string;
  readonly account_id: string;
  readonly csrf_token: string;
  readonly created_at_ms: string;
  readonly last_seen_at_ms: string;
}

interface ChangeRow {
  readonly seq: string;
  readonly account_id: string;
  readonly kind: string;
  readonly changed_by: string;
  readonly changed_at: Date;
  readonly details: Record<string, unknown>;
}

const accountFrom = (row: AccountRow): Account =>
  accountFromStored({
    id: row.id,
    displayName: row.display_name,
    role: row.role,
    scope: row.scope,
    disabled: row.disabled,
    passwordHash: row.password_hash,
    external: row.external,
    credentialVersion: row.credential_version,
    createdAt: row.created_at,
  });

const changeFrom = (row: ChangeRow): AccountChange =>
  changeFromStored({
    seq: Number(row.seq),
    accountId: row.account_id,
    kind: row.kind,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    details: row.details,
  });

const sessionFrom = (row: SessionRow): StoredSession =>
  sessionFromStored({
    idHash: row.id_hash,
    accountId: row.account_id,
    csrfToken: row.csrf_token,
    createdAtMs: Number(row.created_at_ms),
    lastSeenAtMs: Number(row.last_seen_at_ms),
  });

/**
 * Accounts, web sessions and the append-only change log in PostgreSQL: what every API process of a
 * deployment shares when PG_URL is set, so an account disabled through one process is refused by all,
 * and a web session started on one is honoured by the others.
 */
export const openPostgresAccountStore = async (options: PostgresAccountStoreOptions): Promise<AccountStore> => {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME_RULE.test(schema)) throw new RangeError(`schema must be a lower-case SQL name (a-z, 0-9, _), got "${schema}"`);
  const t = tablesIn(schema);
  const pool = new Pool({ connectionString: options.connectionString, max: 4 });
  try {
    await migrate(pool, schema, t);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const logChange = (client: PoolClient, accountId: string, kind: string, by: string, at: Date, details: unknown) =>
    client.query(`INSERT INTO ${t.changes} (account_id, kind, changed_by, changed_at, details) VALUES ($1, $2, $3, $4, $5)`, [
      accountId,
      kind,
      by,
      at,
      JSON.stringify(details),
    ]);
  let open = true;

  return {
    insertAccount: (account, author) =>
      inTransaction(pool, async (client) => {
        const inserted = await client.query(
          `INSERT INTO ${t.accounts} (id, display_name, role, scope, disabled, password_hash, external, credential_version, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
          [
            account.id,
            account.displayName,
            account.role,
            JSON.stringify(account.scope),
            account.disabled,
            account.passwordHash,
            account.external,
            account.credentialVersion,
            account.createdAt,
          ],
        );
        if (inserted.rowCount === 0) throw new AccountExistsError(account.id);
        await logChange(client, account.id, 'created', author.by, author.at, {
          role: account.role,
          scope: account.scope,
          external: account.external,
          disabled: account.disabled,
        });
      }),
    findAccount: async (id) => {
      const row = (await pool.query<AccountRow>(`SELECT * FROM ${t.accounts} WHERE id = $1`, [id])).rows[0];
      return row === undefined ? undefined : accountFrom(row);
    },
    listAccounts: async () => (await pool.query<AccountRow>(`SELECT * FROM ${t.accounts} ORDER BY id`)).rows.map(accountFrom),
    updateAccount: (id, patch, changes, author, updateOptions = {}) =>
      inTransaction(pool, async (client) => {
        const row = (await client.query<AccountRow>(`SELECT * FROM ${t.accounts} WHERE id = $1 FOR UPDATE`, [id])).rows[0];
        if (row === undefined) throw new AccountNotFoundError(id);
        const next: Account = { ...accountFrom(row), ...patch };
        await client.query(
          `UPDATE ${t.accounts} SET display_name = $2, role = $3, scope = $4, disabled = $5, password_hash = $6, credential_version = $7
           WHERE id = $1`,
          [id, next.displayName, next.role, JSON.stringify(next.scope), next.disabled, next.passwordHash, next.credentialVersion],
        );
        for (const change of changes) await logChange(client, id, change.kind, author.by, author.at, change.details ?? {});
        if (updateOptions.endSessions === true) await client.query(`DELETE FROM ${t.sessions} WHERE account_id = $1`, [id]);
        return next;
      }),
    changes: async (accountId) =>
      (accountId === undefined
        ? await pool.query<ChangeRow>(`SELECT * FROM ${t.changes} ORDER BY seq`)
        : await pool.query<ChangeRow>(`SELECT * FROM ${t.changes} WHERE account_id = $1 ORDER BY seq`, [accountId])
      ).rows.map(changeFrom),
    insertSession: async (session) => {
      await pool.query(`INSERT INTO ${t.sessions} (id_hash, account_id, csrf_token, created_at_ms, last_seen_at_ms) VALUES ($1, $2, $3, $4, $5)`, [
        session.idHash,
        session.accountId,
        session.csrfToken,
        session.createdAt.getTime(),
        session.lastSeenAt.getTime(),
      ]);
    },
    findSession: async (idHash) => {
      const row = (await pool.query<SessionRow>(`SELECT * FROM ${t.sessions} WHERE id_hash = $1`, [idHash])).rows[0];
      return row === undefined ? undefined : sessionFrom(row);
    },
    touchSession: async (idHash, at) => {
      await pool.query(`UPDATE ${t.sessions} SET last_seen_at_ms = $2 WHERE id_hash = $1`, [idHash, at.getTime()]);
    },
    deleteSession: async (idHash) => {
      await pool.query(`DELETE FROM ${t.sessions} WHERE id_hash = $1`, [idHash]);
    },
    deleteEndedSessions: async (lastSeenBefore, createdBefore) => {
      await pool.query(`DELETE FROM ${t.sessions} WHERE last_seen_at_ms < $1 OR created_at_ms < $2`, [lastSeenBefore.getTime(), createdBefore.getTime()]);
    },
    close: async () => {
      if (!open) return;
      open = false;
      await pool.end();
    },
  };
};
