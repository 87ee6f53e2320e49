import { createHash, randomBytes } from 'node:crypto';
import type { Account, AccountChange } from './account';
import { checkedAccountId, checkedDisplayName, checkedRole, checkedScope } from './account-input';
import { isAccountId } from './account-id';
import type { AccountScope } from './account-scope';
import type { AccountStore, ChangeToLog } from './account-store';
import { AccountInputError, AccountNotFoundError } from './errors';
import { defaultScryptParameters, hashPassword, verifyPassword, type ScryptParameters } from './password-hash';
import { checkPassword, MAX_PASSWORD_LENGTH } from './password-rules';
import type { Role } from './role';
import { defaultSessionPolicy, type SessionPolicy } from './session';

export interface NewAccount {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: AccountScope;
  /** Required unless `external`; at least 12 characters. */
  readonly password?: string;
  /** Signs in elsewhere (OpenID Connect): no password here. */
  readonly external?: boolean;
}

/** A web session just started: the cookie value (shown once, stored only hashed) and its CSRF token. */
export interface StartedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly account: Account;
}

/** The account behind a live session, and the CSRF token unsafe requests must echo. */
export interface LiveSession {
  readonly account: Account;
  readonly csrfToken: string;
}

export interface AccountServiceOptions {
  readonly store: AccountStore;
  /** The time source for sessions and the change log; the real clock when not given. */
  readonly now?: () => Date;
  readonly sessionPolicy?: SessionPolicy;
  readonly scrypt?: ScryptParameters;
}

export interface AccountService {
  readonly add: (account: NewAccount, by: string) => Promise<Account>;
  readonly find: (id: string) => Promise<Account | undefined>;
  readonly list: () => Promise<readonly Account[]>;
  readonly changes: (accountId?: string) => Promise<readonly AccountChange[]>;
  /** Ends the account's web sessions at once; its tokens fail from the next request on. */
  readonly disable: (id: string, by: string) => Promise<Account>;
  readonly enable: (id: string, by: string) => Promise<Account>;
  /** A new password and a new credential version: every token and session issued before stops working. */
  readonly resetPassword: (id: string, password: string, by: string) => Promise<Account>;
  readonly changeRole: (id: string, role: Role, by: string) => Promise<Account>;
  readonly changeScope: (id: string, scope: AccountScope, by: string) => Promise<Account>;
  /**
   * The account whose username and password these are, if it may sign in. Unknown, disabled,
   * external and wrong all answer undefined after the same scrypt work, so timing tells nothing.
   */
  readonly authenticate: (username: unknown, password: unknown) => Promise<Account | undefined>;
  /** Starts a web session for an account already authenticated (by password here, or by OpenID Connect). */
  readonly startSession: (accountId: string) => Promise<StartedSession>;
  /** The live session behind a cookie value; idle or absolute timeout, or a disabled account, ends it. */
  readonly resolveSession: (token: string) => Promise<LiveSession | undefined>;
  readonly endSession: (token: string) => Promise<void>;
  readonly sessionPolicy: SessionPolicy;
  readonly close: () => Promise<void>;
}

const sessionTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The session cookie value is stored only as its SHA-256: a copy of the file does not sign anyone in. */
export const sessionIdHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const sameScope = (a: AccountScope, b: AccountScope): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The account rules over a store: input checks, password hashing, credential versions, sessions and their timeouts. */
export const createAccountService = ({
  store,
  now = () => new Date(),
  sessionPolicy = defaultSessionPolicy,
  scrypt = defaultScryptParameters,
}: AccountServiceOptions): AccountService => {
  // Spent on every failed sign-in that has no hash of its own, so an unknown name costs as long as a wrong password.
  let dummy: Promise<string> | undefined;
  const dummyHash = (): Promise<string> => (dummy ??= hashPassword(randomBytes(16).toString('hex'), scrypt));

  const existing = async (id: string): Promise<Account> => {
    const account = isAccountId(id) ? await store.findAccount(id) : undefined;
    if (account === undefined) throw new AccountNotFoundError(id);
    return account;
  };

  const update = async (id: string, patch: Partial<Account>, changes: readonly ChangeToLog[], by: string, endSessions = false) => {
    await existing(id);
    return store.updateAccount(id, patch, changes, { by, at: now() }, { endSessions });
  };

  return {
    add: async (input, by) => {
      const id = checkedAccountId(input.id);
      const displayName = checkedDisplayName(input.displayName);
      const role = checkedRole(input.role);
      const scope = checkedScope(input.scope);
      const external = input.external === true;
      if (external && input.password !== undefined) throw new AccountInputError('password', 'must not be given for an external account');
      if (!external && input.password === undefined) throw new AccountInputError('password', 'is required unless the account is external');
      if (input.password !== undefined) checkPassword(input.password);
      const passwordHash = input.password === undefined ? null : await hashPassword(input.password, scrypt);
      const account: Account = { id, displayName, role, scope, disabled: false, passwordHash, external, credentialVersion: 1, createdAt: now() };
      await store.insertAccount(account, { by, at: account.createdAt });
      return account;
    },
    find: (id) => (isAccountId(id) ? store.findAccount(id) : Promise.resolve(undefined)),
    list: () => store.listAccounts(),
    changes: (accountId) => store.changes(accountId),
    disable: async (id, by) => ((await existing(id)).disabled ? existing(id) : update(id, { disabled: true }, [{ kind: 'disabled' }], by, true)),
    enable: async (id, by) => (!(await existing(id)).disabled ? existing(id) : update(id, { disabled: false }, [{ kind: 'enabled' }], by)),
    resetPassword: async (id, password, by) => {
      const account = await existing(id);
      if (account.external) throw new AccountInputError('password', 'cannot be set for an external account: it signs in elsewhere');
      checkPassword(password);
      const passwordHash = await hashPassword(password, scrypt);
      return update(id, { passwordHash, credentialVersion: account.credentialVersion + 1 }, [{ kind: 'password_reset' }], by, true);
    },
    changeRole: async (id, role, by) => {
      const account = await existing(id);
      const checked = checkedRole(role);
      return account.role === checked ? account : update(id, { role: checked }, [{ kind: 'role_changed', details: { from: account.role, to: checked } }], by);
    },
    changeScope: async (id, scope, by) => {
      const account = await existing(id);
      const checked = checkedScope(scope);
      return sameScope(account.scope, checked)
        ? account
        : update(id, { scope: checked }, [{ kind: 'scope_changed', details: { from: account.scope, to: checked } }], by);
    },
    authenticate: async (username, password) => {
      const usable = typeof password === 'string' && password.length > 0 && password.length <= MAX_PASSWORD_LENGTH * 4;
      const account = typeof username === 'string' && isAccountId(username) ? await store.findAccount(username) : undefined;
      const hash = account?.passwordHash ?? (await dummyHash());
      const matches = usable ? await verifyPassword(password, hash) : (await verifyPassword('not-a-password', await dummyHash()), false);
      return matches && account !== undefined && account.passwordHash !== null && !account.disabled && !account.external ? account : undefined;
    },
    startSession: async (accountId) => {
      const account = await existing(accountId);
      if (account.disabled) throw new AccountInputError('account', 'is disabled');
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(32).toString('base64url');
      const at = now();
      // Sessions that ended without a sign-out are cleared here, so the table holds only live ones and their recent past.
      await store.deleteEndedSessions(new Date(at.getTime() - sessionPolicy.idleMs), new Date(at.getTime() - sessionPolicy.absoluteMs));
      await store.insertSession({ idHash: sessionIdHash(token), accountId: account.id, csrfToken, createdAt: at, lastSeenAt: at });
      return { token, csrfToken, account };
    },
    resolveSession: async (token) => {
      if (!sessionTokenPattern.test(token)) return undefined;
      const idHash = sessionIdHash(token);
      const session = await store.findSession(idHash);
      if (session === undefined) return undefined;
      const at = now().getTime();
      const account = await store.findAccount(session.accountId);
      const expired =
        at - session.lastSeenAt.getTime() > sessionPolicy.idleMs || at - session.createdAt.getTime() > sessionPolicy.absoluteMs;
      if (expired || account === undefined || account.disabled) {
        await store.deleteSession(idHash);
        return undefined;
      }
      await store.touchSession(idHash, new Date(at));
      return { account, csrfToken: session.csrfToken };
    },
    endSession: async (token) => {
      if (sessionTokenPattern.test(token)) await store.deleteSession(sessionIdHash(token));
    },
    sessionPolicy,
    close: () => store.close(),
  };
};
