import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ACCOUNTS_FILE_NAME, createAccountService, openSqliteAccountStore, type AccountService } from '@binaan/accounts';
import type { EventStore } from '@binaan/event-store';
import { createRuntime } from '@binaan/runtime';
import { createApiApp } from '../../app/create-api-app';
import type { ServerTimeouts } from '../../app/server-timeouts';
import type { OidcConfig } from '../../config/oidc-config';
import { nationalScope, type CallerScope } from '../../auth/caller-scope';
import { roles, type Actor, type Role } from '../../auth/role';
import type { SignInLimits } from '../../auth/sign-in-limiter';
import { createTokenService, type TokenService } from '../../auth/token-service';
import { createLogger } from '../../operations/logger';
import { apiRuntimeFrom } from '../../runtime/api-runtime';
import type { ApiRuntime } from '../../runtime/api-runtime.port';

/** The password of every account the tests create (hashed with cheap scrypt parameters, to keep tests fast). */
export const E2E_PASSWORD = 'kata-sandi-uji-e2e';
const cheapScrypt = { logN: 10, r: 8, p: 1 } as const;

export interface ApiUnderTest {
  readonly baseUrl: string;
  readonly runtime: ApiRuntime;
  /** A real token of the account `demo-<role>` (national scope), created at start with the password E2E_PASSWORD. */
  readonly token: (role: Role) => string;
  /**
   * A real token of the account `actor.id`, created (password E2E_PASSWORD) or updated to the role and
   * scope given (national unless a scope is given). Updating changes what the account's earlier tokens may do too.
   */
  readonly tokenFor: (actor: Actor, scope?: CallerScope) => Promise<string>;
  /** The account store the app reads on every request (the same file, `accounts.sqlite` in the data folder). */
  readonly accounts: AccountService;
  /** Events in participant streams (reservation streams left out). */
  readonly participantEventCount: () => Promise<number>;
  readonly caughtUp: () => Promise<void>;
  /** Closes the app (which drains commands and closes the runtime); removes the data folder unless kept. */
  readonly close: (options?: { readonly keepData?: boolean }) => Promise<void>;
  readonly dataDir: string;
}

export interface ApiUnderTestOptions {
  /** Reopen an earlier data folder (a restart) instead of a fresh one. */
  readonly dataDir?: string;
  /** Instruments the real runtime, e.g. to hold a command in flight. */
  readonly instrument?: (runtime: ApiRuntime) => ApiRuntime;
  /** Receives every log line (level info and up) instead of discarding them. */
  readonly logLines?: string[];
  /** The server clock ("today" for the date rules); the real one when not given. */
  readonly clock?: () => Date;
  /** The HTTP server's timeouts; the app's defaults when not given. */
  readonly timeouts?: ServerTimeouts;
  /** The time source of web sessions (idle and absolute timeouts); the real clock when not given. */
  readonly sessionClock?: () => Date;
  /** Failed sign-ins allowed per username and address; the app's default when not given. */
  readonly signInLimits?: SignInLimits;
  /** OpenID Connect sign-in (off when not given). */
  readonly oidc?: OidcConfig;
  /** The port to listen on (e.g. one the OIDC redirect URI names); a free one when not given. */
  readonly port?: number;
}

/** Creates the account, or brings its role and scope to those given, and signs a token for it. */
const putAccountToken = async (accounts: AccountService, tokens: TokenService, actor: Actor, scope: CallerScope): Promise<string> => {
  const existing = await accounts.find(actor.id);
  if (existing === undefined) {
    await accounts.add({ id: actor.id, displayName: `Test ${actor.id}`, role: actor.role, scope, password: E2E_PASSWORD }, 'e2e-setup');
  } else {
    await accounts.changeRole(actor.id, actor.role, 'e2e-setup');
    await accounts.changeScope(actor.id, scope, 'e2e-setup');
  }
  const account = await accounts.find(actor.id);
  if (account === undefined) throw new Error(`account ${actor.id} vanished`);
  return (await tokens.sign({ accountId: account.id, credentialVersion: account.credentialVersion }, '1h')).token;
};

const countEvents = async (store: Pick<EventStore, 'readAll'>): Promise<number> => {
  let count = 0;
  for await (const _event of store.readAll({ filter: { streamPrefixes: ['participant-'] } })) count += 1;
  return count;
};

/** The real app on the real runtime (SQLite in a fresh temporary folder), listening on a free port. */
export const startApiUnderTest = async (options: ApiUnderTestOptions = {}): Promise<ApiUnderTest> => {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'binaan-api-e2e-'));
  const real = apiRuntimeFrom(await createRuntime({ dataDir, env: {}, ...(options.clock === undefined ? {} : { clock: options.clock }) }));
  const runtime = options.instrument === undefined ? real : options.instrument(real);
  const tokens = createTokenService(randomBytes(32));
  const logger =
    options.logLines === undefined ? createLogger('silent') : createLogger('info', { write: (line: string) => options.logLines?.push(line) });
  const accounts = createAccountService({
    store: openSqliteAccountStore(join(dataDir, ACCOUNTS_FILE_NAME)),
    scrypt: cheapScrypt,
    ...(options.sessionClock === undefined ? {} : { now: options.sessionClock }),
  });
  const { app } = await createApiApp({
    runtime,
    tokens,
    accounts,
    logger,
    ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
    ...(options.signInLimits === undefined ? {} : { signInLimits: options.signInLimits }),
    ...(options.oidc === undefined ? {} : { oidc: { config: options.oidc, secret: randomBytes(32) } }),
  });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const signed = new Map<Role, string>();
  for (const role of roles) signed.set(role, await putAccountToken(accounts, tokens, { id: `demo-${role}`, role }, nationalScope));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    runtime,
    token: (role) => signed.get(role) ?? '',
    tokenFor: (actor, scope = nationalScope) => putAccountToken(accounts, tokens, actor, scope),
    accounts,
    participantEventCount: () => countEvents(runtime.store),
    caughtUp: () => runtime.projections.waitUntilCaughtUp({ timeoutMs: 20_000 }),
    close: async ({ keepData = false } = {}) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
    dataDir,
  };
};
