import { chmodSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Account, AccountChange } from './account';
import type { AccountStore } from './account-store';
import { AccountExistsError, AccountNotFoundError } from './errors';
import type { StoredSession } from './session';
import { accountFromStored, changeFromStored, sessionFromStored } from './stored-rows';

/** The file name in the data folder. */
export const ACCOUNTS_FILE_NAME = 'accounts.sqlite';

const SCHEMA_VERSION = 1;

const schema = `
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    scope TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT,
    external INTEGER NOT NULL DEFAULT 0,
    credential_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    csrf_token TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    last_seen_at_ms INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_account ON sessions (account_id);
  CREATE TABLE account_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    details TEXT NOT NULL
  );
  CREATE TRIGGER account_changes_append_only_update BEFORE UPDATE ON account_changes
    BEGIN SELECT RAISE(ABORT, 'account_changes is append-only'); END;
  CREATE TRIGGER account_changes_append_only_delete BEFORE DELETE ON account_changes
    BEGIN SELECT RAISE(ABORT, 'account_changes is append-only'); END;
`;

interface AccountRow {
  readonly id: string;
  readonly display_name: string;
  readonly role: string;
  readonly scope: string;
  readonly disabled: number;
  readonly password_hash: string | null;
  readonly external: number;
  readonly credential_version: number;
  readonly created_at: string;
}

interface SessionRow {
  readonly id_hash: string;
  readonly account_id: string;
  readonly csrf_token: string;
  readonly created_at_ms: number;
  readonly last_seen_at_ms: number;
}

interface ChangeRow {
  readonly seq: number;
  readonly account_id: string;
  readonly kind: string;
  readonly changed_by: string;
  readonly changed_at: string;
  readonly details: string;
}

const accountFrom = (row: AccountRow): Account =>
  accountFromStored({
    id: row.id,
    displayName: row.display_name,
    role: row.role,
    scope: JSON.parse(row.scope),
    disabled: row.disabled === 1,
    passwordHash: row.password_hash,
    external: row.external === 1,
    credentialVersion: row.credential_version,
    createdAt: new Date(row.created_at),
  });

const sessionFrom = (row: SessionRow): StoredSession =>
  sessionFromStored({
    idHash: row.id_hash,
    accountId: row.account_id,
    csrfToken: row.csrf_token,
    createdAtMs: row.created_at_ms,
    lastSeenAtMs: row.last_seen_at_ms,
  });

const changeFrom = (row: ChangeRow): AccountChange =>
  changeFromStored({
    seq: row.seq,
    accountId: row.account_id,
    kind: row.kind,
    changedBy: row.changed_by,
    changedAt: new Date(row.changed_at),
    details: JSON.parse(row.details) as Record<string, unknown>,
  });

const migrate = (db: Database.Database): void => {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error(`accounts store schema ${version} is newer than this Binaan (${SCHEMA_VERSION})`);
    if (version < 1) {
      db.exec(schema);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }
  }).immediate();
};

/**
 * Accounts, web sessions and the append-only change log in one SQLite file (WAL, readable by its owner
 * only). Open it where the API and the CLI both find it: `<data folder>/accounts.sqlite`.
 */
export const openSqliteAccountStore = (path: string): AccountStore => {
  const created = path !== ':memory:' && !existsSync(path);
  const db = new Database(path);
  if (created) chmodSync(path, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // A reset password or a deleted session is overwritten in the file rather than left in free pages.
  db.pragma('secure_delete = ON');
  migrate(db);

  const insertAccount = db.prepare(
    `INSERT INTO accounts (id, display_name, role, scope, disabled, password_hash, external, credential_version, created_at)
     VALUES (@id, @displayName, @role, @scope, @disabled, @passwordHash, @external, @credentialVersion, @createdAt)`,
  );
  const findAccount = db.prepare('SELECT * FROM accounts WHERE id = ?');
  const listAccounts = db.prepare('SELECT * FROM accounts ORDER BY id');
  const updateAccount = db.prepare(
    `UPDATE accounts SET display_name = @displayName, role = @role, scope = @scope, disabled = @disabled,
       password_hash = @passwordHash, credential_version = @credentialVersion WHERE id = @id`,
  );
  const logChange = db.prepare('INSERT INTO account_changes (account_id, kind, changed_by, changed_at, details) VALUES (?, ?, ?, ?, ?)');
  const allChanges = db.prepare('SELECT * FROM account_changes ORDER BY seq');
  const changesOf = db.prepare('SELECT * FROM account_changes WHERE account_id = ? ORDER BY seq');
  const insertSession = db.prepare(
    'INSERT INTO sessions (id_hash, account_id, csrf_token, created_at_ms, last_seen_at_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const findSession = db.prepare('SELECT * FROM sessions WHERE id_hash = ?');
  const touchSession = db.prepare('UPDATE sessions SET last_seen_at_ms = ? WHERE id_hash = ?');
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const deleteEndedSessions = db.prepare('DELETE FROM sessions WHERE last_seen_at_ms < ? OR created_at_ms < ?');
  const deleteSessionsOf = db.prepare('DELETE FROM sessions WHERE account_id = ?');

  const found = (id: string): Account | undefined => {
    const row = findAccount.get(id) as AccountRow | undefined;
    return row === undefined ? undefined : accountFrom(row);
  };

  return {
    insertAccount: async (account, author) => {
      db.transaction(() => {
        if (findAccount.get(account.id) !== undefined) throw new AccountExistsError(account.id);
        insertAccount.run({
          id: account.id,
          displayName: account.displayName,
          role: account.role,
          scope: JSON.stringify(account.scope),
          disabled: account.disabled ? 1 : 0,
          passwordHash: account.passwordHash,
          external: account.external ? 1 : 0,
          credentialVersion: account.credentialVersion,
          createdAt: account.createdAt.toISOString(),
        });
        logChange.run(
          account.id,
          'created',
          author.by,
          author.at.toISOString(),
          JSON.stringify({ role: account.role, scope: account.scope, external: account.external, disabled: account.disabled }),
        );
      }).immediate();
    },
    findAccount: async (id) => found(id),
    listAccounts: async () => (listAccounts.all() as AccountRow[]).map(accountFrom),
    updateAccount: async (id, patch, changes, author, options = {}) =>
      db.transaction(() => {
        const current = found(id);
        if (current === undefined) throw new AccountNotFoundError(id);
        const next: Account = { ...current, ...patch };
        updateAccount.run({
          id,
          displayName: next.displayName,
          role: next.role,
          scope: JSON.stringify(next.scope),
          disabled: next.disabled ? 1 : 0,
          passwordHash: next.passwordHash,
          credentialVersion: next.credentialVersion,
        });
        for (const change of changes) logChange.run(id, change.kind, author.by, author.at.toISOString(), JSON.stringify(change.details ?? {}));
        if (options.endSessions === true) deleteSessionsOf.run(id);
        return next;
      }).immediate(),
    changes: async (accountId) => ((accountId === undefined ? allChanges.all() : changesOf.all(accountId)) as ChangeRow[]).map(changeFrom),
    insertSession: async (session) => {
      insertSession.run(session.idHash, session.accountId, session.csrfToken, session.createdAt.getTime(), session.lastSeenAt.getTime());
    },
    findSession: async (idHash) => {
      const row = findSession.get(idHash) as SessionRow | undefined;
      return row === undefined ? undefined : sessionFrom(row);
    },
    touchSession: async (idHash, at) => {
      touchSession.run(at.getTime(), idHash);
    },
    deleteSession: async (idHash) => {
      deleteSession.run(idHash);
    },
    deleteEndedSessions: async (lastSeenBefore, createdBefore) => {
      deleteEndedSessions.run(lastSeenBefore.getTime(), createdBefore.getTime());
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
};
