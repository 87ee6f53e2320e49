import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '@binaan/event-store';
import { createRuntime } from '@binaan/runtime';
import { createApiApp } from '../../app/create-api-app';
import type { ServerTimeouts } from '../../app/server-timeouts';
import type { CallerScope } from '../../auth/caller-scope';
import type { Actor, Role } from '../../auth/role';
import { createTokenService } from '../../auth/token-service';
import { createLogger } from '../../operations/logger';
import { apiRuntimeFrom } from '../../runtime/api-runtime';
import type { ApiRuntime } from '../../runtime/api-runtime.port';
import { signDemoTokens } from '../../startup/demo-tokens';

export interface ApiUnderTest {
  readonly baseUrl: string;
  readonly runtime: ApiRuntime;
  readonly token: (role: Role) => string;
  /** A token for someone other than the demo user of a role (same signing secret), national unless a scope is given. */
  readonly tokenFor: (actor: Actor, scope?: CallerScope) => Promise<string>;
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
}

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
  const { app } = await createApiApp({ runtime, tokens, logger, ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }) });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const signed = await signDemoTokens(tokens);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    runtime,
    token: (role) => signed.get(role) ?? '',
    tokenFor: (actor, scope) => tokens.sign(actor, '1h', scope),
    participantEventCount: () => countEvents(runtime.store),
    caughtUp: () => runtime.projections.waitUntilCaughtUp({ timeoutMs: 20_000 }),
    close: async ({ keepData = false } = {}) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
    dataDir,
  };
};
