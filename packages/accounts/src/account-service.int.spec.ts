import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { createAccountService, type AccountService } from './account-service';
import type { AccountStore } from './account-store';
import { AccountExistsError, AccountInputError, AccountNotFoundError } from './errors';
import { openPostgresAccountStore } from './postgres-account-store';
import { ACCOUNTS_FILE_NAME, openSqliteAccountStore } from './sqlite-account-store';

const password = 'benang-emas-lapas-2019';
const registrar = { id: 'sri.w', displayName: 'Sri Wahyuni', role: 'registrar' as const, scope: { facilities: ['lapas-perempuan-malang'], programmes: 'all' as const }, password };

/** PG_URL or the local server. Unreachable PostgreSQL fails the suite (CI=true or not): never skipped. */
const pgUrl = process.env['PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** What a test may look at or try behind the service's back, in the store's own tables. */
interface RawTables {
  sessionIdHashes(): Promise<readonly string[]>;
  /** Statements that must fail on the change log. */
  deleteChanges(): Promise<unknown>;
  updateChanges(): Promise<unknown>;
}

interface OpenedBackend {
  readonly store: AccountStore;
  /** The same accounts through a store opened afresh (another process, or a restart). */
  reopen(): Promise<AccountStore>;
  readonly raw: RawTables;
  dispose(): Promise<void>;
}

interface Backend {
  readonly name: string;
  open(): Promise<OpenedBackend>;
}

const sqliteBackend: Backend = {
  name: 'SQLite',
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'binaan-accounts-'));
    const file = join(dir, ACCOUNTS_FILE_NAME);
    const onFile = async <T>(work: (db: Database.Database) => T): Promise<T> => {
      const db = new Database(file);
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return {
      store: openSqliteAccountStore(file),
      reopen: async () => openSqliteAccountStore(file),
      raw: {
        sessionIdHashes: () => onFile((db) => (db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[]).map((row) => row.id_hash)),
        deleteChanges: () => onFile((db) => db.prepare('DELETE FROM account_changes').run()),
        updateChanges: () => onFile((db) => db.prepare("UPDATE account_changes SET changed_by = 'x'").run()),
      },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgresBackend: Backend = {
  name: 'PostgreSQL',
  open: async () => {
    const schema = `accounts_${process.pid}_${randomBytes(4).toString('hex')}`;
    const onServer = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
      const client = new Client({ connectionString: pgUrl });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    };
    const open = () => openPostgresAccountStore({ connectionString: pgUrl, schema });
    return {
      store: await open(),
      reopen: open,
      raw: {
        sessionIdHashes: () =>
          onServer(async (client) => (await client.query<{ id_hash: string }>(`SELECT id_hash FROM "${schema}".binaan_account_sessions`)).rows.map((row) => row.id_hash)),
        deleteChanges: () => onServer((client) => client.query(`DELETE FROM "${schema}".binaan_account_changes`)),
        updateChanges: () => onServer((client) => client.query(`UPDATE "${schema}".binaan_account_changes SET changed_by = 'x'`)),
      },
      dispose: async () => {
        await onServer((client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
      },
    };
  },
};

describe('the SQLite account store', () => {
  it('keeps the file for its owner only, in WAL mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'binaan-accounts-'));
    const store = openSqliteAccountStore(join(dir, ACCOUNTS_FILE_NAME));
    try {
      expect(statSync(join(dir, ACCOUNTS_FILE_NAME)).mode & 0o777).toBe(0o600);
      const db = new Database(join(dir, ACCOUNTS_FILE_NAME), { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the PostgreSQL account store', () => {
  it('is made once when processes open it together, and refuses a schema name it would have to quote', async () => {
    const schema = `accounts_${process.pid}_${randomBytes(4).toString('hex')}`;
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresAccountStore({ connectionString: pgUrl, schema })));
    try {
      const service = createAccountService({ store: stores[0]!, scrypt: { logN: 10, r: 8, p: 1 } });
      await service.add(registrar, 'cli:root');
      expect((await stores[3]!.findAccount('sri.w'))?.id).toBe('sri.w');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      const client = new Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    }
    await expect(openPostgresAccountStore({ connectionString: pgUrl, schema: 'Accounts"; drop' })).rejects.toThrow(/schema must be a lower-case SQL name/);
  });
});

describe.each([sqliteBackend, postgresBackend])('the account service over $name', (backend) => {
  let opened: OpenedBackend;
  let accounts: AccountService;
  let clock: Date;

  beforeEach(async () => {
    opened = await backend.open();
    clock = new Date('2026-12-07T08:00:00Z');
    accounts = createAccountService({ store: opened.store, now: () => clock, scrypt: { logN: 10, r: 8, p: 1 } });
  });
  afterEach(async () => {
    await accounts.close();
    await opened.dispose();
  });

  it('adds an account, finds it again after a reopen, and signs it in with its password only', async () => {
    const added = await accounts.add(registrar, 'cli:root');
    expect(added).toMatchObject({ id: 'sri.w', role: 'registrar', disabled: false, external: false, credentialVersion: 1 });
    expect(added.passwordHash).toMatch(/^scrypt\$/);
    await accounts.close();
    accounts = createAccountService({ store: await opened.reopen(), now: () => clock });
    expect(await accounts.find('sri.w')).toEqual(added);
    expect((await accounts.authenticate('sri.w', password))?.id).toBe('sri.w');
    expect(await accounts.authenticate('sri.w', `${password}x`)).toBeUndefined();
    expect(await accounts.authenticate('nobody', password)).toBeUndefined();
    expect(await accounts.authenticate(42, password)).toBeUndefined();
    expect(await accounts.authenticate('sri.w', undefined)).toBeUndefined();
  });

  it.each([
    ['id', { ...registrar, id: 'Sri' }, /^id must be 3 to 64 characters/],
    ['displayName', { ...registrar, displayName: ' ' }, /^displayName must be 1 to 200 characters/],
    ['role', { ...registrar, role: 'warden' as never }, /^role must be one of registrar, assessor/],
    ['facilities[1]', { ...registrar, scope: { facilities: ['lapas-perempuan-malang', ''], programmes: 'all' as const } }, /^facilities\[1\] must be 1 to 64 characters/],
    ['programmes[0]', { ...registrar, scope: { facilities: 'all' as const, programmes: ['Sulam Dasar'] } }, /^programmes\[0\] must be 1 to 64 characters/],
    ['password', { ...registrar, password: 'short' }, /^password must be 12 to 1024 characters, got 5$/],
  ])('refuses a bad %s, naming the field and the rule, and stores nothing', async (field, input, message) => {
    const attempt = accounts.add(input, 'cli:root');
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ field });
    await expect(attempt).rejects.toBeInstanceOf(AccountInputError);
    expect(await accounts.list()).toEqual([]);
  });

  it('refuses a second account with the same id', async () => {
    await accounts.add(registrar, 'cli:root');
    await expect(accounts.add(registrar, 'cli:root')).rejects.toBeInstanceOf(AccountExistsError);
  });

  it('keeps an external account without a password: it cannot sign in with one', async () => {
    const external = await accounts.add({ ...registrar, id: 'oidc.user', password: undefined, external: true }, 'cli:root');
    expect(external).toMatchObject({ external: true, passwordHash: null });
    expect(await accounts.authenticate('oidc.user', 'any-password-at-all')).toBeUndefined();
    await expect(accounts.resetPassword('oidc.user', 'another-password-1', 'cli:root')).rejects.toThrow(/external/);
    expect((await accounts.startSession('oidc.user')).account.id).toBe('oidc.user');
  });

  it('disabling ends the sessions and stops the sign-in; enabling lets the password work again', async () => {
    await accounts.add(registrar, 'cli:root');
    const session = await accounts.startSession('sri.w');
    expect((await accounts.resolveSession(session.token))?.csrfToken).toBe(session.csrfToken);
    await accounts.disable('sri.w', 'admin.pusat');
    expect(await accounts.resolveSession(session.token)).toBeUndefined();
    expect(await accounts.authenticate('sri.w', password)).toBeUndefined();
    await accounts.enable('sri.w', 'admin.pusat');
    expect(await accounts.resolveSession(session.token)).toBeUndefined();
    expect((await accounts.authenticate('sri.w', password))?.id).toBe('sri.w');
  });

  it('a password reset raises the credential version and ends the sessions', async () => {
    await accounts.add(registrar, 'cli:root');
    const session = await accounts.startSession('sri.w');
    const reset = await accounts.resetPassword('sri.w', 'jarum-perak-lapas-2020', 'admin.pusat');
    expect(reset.credentialVersion).toBe(2);
    expect(await accounts.resolveSession(session.token)).toBeUndefined();
    expect(await accounts.authenticate('sri.w', password)).toBeUndefined();
    expect((await accounts.authenticate('sri.w', 'jarum-perak-lapas-2020'))?.id).toBe('sri.w');
  });

  it('ends a session idle for longer than 30 minutes, and any session 12 hours after sign-in', async () => {
    await accounts.add(registrar, 'cli:root');
    const idle = await accounts.startSession('sri.w');
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect(await accounts.resolveSession(idle.token)).toBeDefined();
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect(await accounts.resolveSession(idle.token)).toBeUndefined();

    const busy = await accounts.startSession('sri.w');
    for (let minutes = 0; minutes < 12 * 60; minutes += 20) {
      clock = new Date(clock.getTime() + 20 * 60_000);
      expect(await accounts.resolveSession(busy.token)).toBeDefined();
    }
    clock = new Date(clock.getTime() + 20 * 60_000);
    expect(await accounts.resolveSession(busy.token)).toBeUndefined();
  });

  it('clears sessions that ended without a sign-out when the next one starts', async () => {
    await accounts.add(registrar, 'cli:root');
    await accounts.startSession('sri.w');
    await accounts.startSession('sri.w');
    clock = new Date(clock.getTime() + 31 * 60_000);
    await accounts.startSession('sri.w');
    expect(await opened.raw.sessionIdHashes()).toHaveLength(1);
  });

  it('signs out, and stores the session only as a hash', async () => {
    await accounts.add(registrar, 'cli:root');
    const session = await accounts.startSession('sri.w');
    const idHashes = await opened.raw.sessionIdHashes();
    expect(idHashes).toHaveLength(1);
    expect(idHashes).not.toContain(session.token);
    await accounts.endSession(session.token);
    expect(await accounts.resolveSession(session.token)).toBeUndefined();
  });

  it('logs who changed what and when, without password material, and the log cannot be rewritten', async () => {
    await accounts.add(registrar, 'cli:root');
    await accounts.changeRole('sri.w', 'caseworker', 'admin.pusat');
    await accounts.changeScope('sri.w', { facilities: 'all', programmes: ['sulam-2019'] }, 'admin.pusat');
    await accounts.resetPassword('sri.w', 'jarum-perak-lapas-2020', 'admin.pusat');
    await accounts.disable('sri.w', 'admin.pusat');
    await accounts.enable('sri.w', 'admin.pusat');
    const changes = await accounts.changes('sri.w');
    expect(changes.map((change) => [change.kind, change.changedBy])).toEqual([
      ['created', 'cli:root'],
      ['role_changed', 'admin.pusat'],
      ['scope_changed', 'admin.pusat'],
      ['password_reset', 'admin.pusat'],
      ['disabled', 'admin.pusat'],
      ['enabled', 'admin.pusat'],
    ]);
    expect(changes[1]?.details).toEqual({ from: 'registrar', to: 'caseworker' });
    expect(changes[0]?.changedAt).toEqual(clock);
    const text = JSON.stringify(changes);
    expect(text).not.toMatch(/scrypt|jarum|benang|Sri Wahyuni/);
    await expect(opened.raw.deleteChanges()).rejects.toThrow(/append-only/);
    await expect(opened.raw.updateChanges()).rejects.toThrow(/append-only/);
    expect(await accounts.changes('sri.w')).toEqual(changes);
  });

  it('says which account is unknown', async () => {
    await expect(accounts.disable('nobody', 'cli:root')).rejects.toBeInstanceOf(AccountNotFoundError);
    await expect(accounts.startSession('nobody')).rejects.toThrow(/no account "nobody"/);
  });
});
