import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createAccountService, type AccountService } from './account-service';
import type { AccountStore } from './account-store';
import { AccountExistsError, AccountInputError, AccountNotFoundError } from './errors';
import { ACCOUNTS_FILE_NAME, openSqliteAccountStore } from './sqlite-account-store';

const password = 'benang-emas-lapas-2019';
const registrar = { id: 'sri.w', displayName: 'Sri Wahyuni', role: 'registrar' as const, scope: { facilities: ['lapas-perempuan-malang'], programmes: 'all' as const }, password };

describe('the account service over SQLite', () => {
  let dir: string;
  let store: AccountStore;
  let accounts: AccountService;
  let clock: Date;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'binaan-accounts-'));
    store = openSqliteAccountStore(join(dir, ACCOUNTS_FILE_NAME));
    clock = new Date('2026-12-07T08:00:00Z');
    accounts = createAccountService({ store, now: () => clock, scrypt: { logN: 10, r: 8, p: 1 } });
  });
  afterEach(async () => {
    await accounts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the file for its owner only, in WAL mode', () => {
    expect(statSync(join(dir, ACCOUNTS_FILE_NAME)).mode & 0o777).toBe(0o600);
    const db = new Database(join(dir, ACCOUNTS_FILE_NAME), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('adds an account, finds it again after a reopen, and signs it in with its password only', async () => {
    const added = await accounts.add(registrar, 'cli:root');
    expect(added).toMatchObject({ id: 'sri.w', role: 'registrar', disabled: false, external: false, credentialVersion: 1 });
    expect(added.passwordHash).toMatch(/^scrypt\$/);
    await accounts.close();
    accounts = createAccountService({ store: openSqliteAccountStore(join(dir, ACCOUNTS_FILE_NAME)), now: () => clock });
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
    const db = new Database(join(dir, ACCOUNTS_FILE_NAME), { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('signs out, and stores the session only as a hash', async () => {
    await accounts.add(registrar, 'cli:root');
    const session = await accounts.startSession('sri.w');
    const db = new Database(join(dir, ACCOUNTS_FILE_NAME), { readonly: true });
    const rows = db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    db.close();
    expect(rows.map((row) => row.id_hash)).not.toContain(session.token);
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
    const db = new Database(join(dir, ACCOUNTS_FILE_NAME));
    expect(() => db.prepare('DELETE FROM account_changes').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE account_changes SET changed_by = 'x'").run()).toThrow(/append-only/);
    db.close();
  });

  it('says which account is unknown', async () => {
    await expect(accounts.disable('nobody', 'cli:root')).rejects.toBeInstanceOf(AccountNotFoundError);
    await expect(accounts.startSession('nobody')).rejects.toThrow(/no account "nobody"/);
  });
});
