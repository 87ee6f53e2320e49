import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AccountService } from '@binaan/accounts';
import type { Logger } from 'pino';
import { randomBytes } from 'node:crypto';
import { oidcFlowCookies, oidcFlowKey } from '../auth/oidc/oidc-flow-cookie';
import { createOidcSignIn } from '../auth/oidc/oidc-sign-in';
import type { OidcConfig } from '../config/oidc-config';
import { createSignInLimiter, defaultSignInLimits, type SignInLimits } from '../auth/sign-in-limiter';
import { DEFAULT_TOKEN_LIFETIME, type TokenService } from '../auth/token-service';
import { defaultJsonBodyLimits, type JsonBodyLimits } from '../http/json-body';
import { securityHeadersMiddleware } from '../http/security-headers';
import { mountOpenApi } from '../openapi/mount-openapi';
import { createApiMetrics, type ApiMetrics } from '../operations/metrics';
import { nestLoggerFrom } from '../operations/nest-logger';
import { requestObserver } from '../operations/request-observer';
import type { ApiRuntime } from '../runtime/api-runtime.port';
import { apiModule } from './api-module';
import { applyServerTimeouts, defaultServerTimeouts, type ServerTimeouts } from './server-timeouts';

export interface ApiAppOptions {
  readonly runtime: ApiRuntime;
  readonly tokens: TokenService;
  /** The staff accounts (`@binaan/accounts`); closed with the app. */
  readonly accounts: AccountService;
  /** How long a token from POST /auth/token lives; 8 hours when not given (at most 30 days). */
  readonly tokenLifetime?: string;
  /** Failed sign-ins allowed per username and address; 10 in 15 minutes when not given. */
  readonly signInLimits?: SignInLimits;
  readonly logger: Logger;
  readonly bodyLimits?: JsonBodyLimits;
  readonly timeouts?: ServerTimeouts;
  /**
   * OpenID Connect sign-in (off when not given); `secret` is the API's signing secret, from which the key
   * of the sign-in round trip's encrypted cookie is derived.
   */
  readonly oidc?: { readonly config: OidcConfig; readonly secret: Uint8Array };
}

export interface ApiApp {
  readonly app: INestApplication;
  readonly metrics: ApiMetrics;
}

const projectionLag = (runtime: ApiRuntime) => async () =>
  (await runtime.projections.status()).map((status) => ({ projection: status.name, events: status.lagEvents, seconds: status.lagSeconds }));

/** The store's count, the same in every projection's status. */
const skippedRecords = (runtime: ApiRuntime) => async () => (await runtime.projections.status())[0]?.skipped ?? null;

/**
 * Builds and initialises the API around a runtime; the caller listens. The app owns the runtime from
 * here on: closing the app drains commands and closes the runtime.
 */
export const createApiApp = async ({
  runtime,
  tokens,
  accounts,
  tokenLifetime = DEFAULT_TOKEN_LIFETIME,
  signInLimits = defaultSignInLimits,
  logger,
  bodyLimits = defaultJsonBodyLimits,
  timeouts = defaultServerTimeouts,
  oidc,
}: ApiAppOptions): Promise<ApiApp> => {
  const metrics = createApiMetrics(projectionLag(runtime), skippedRecords(runtime));
  const oidcSignIn = oidc === undefined ? null : createOidcSignIn(oidc.config, accounts);
  const oidcFlows = oidcFlowCookies(oidcFlowKey(oidc?.secret ?? randomBytes(32)), oidc?.config.redirectUri.startsWith('https:') ?? false);
  const app = await NestFactory.create(apiModule({ runtime, tokens, accounts, signInLimiter: createSignInLimiter(signInLimits), tokenLifetime, logger, metrics, bodyLimits, oidc: oidcSignIn, oidcFlows }), {
    bodyParser: false,
    logger: nestLoggerFrom(logger.child({ component: 'nest' })),
  });
  (app.getHttpAdapter().getInstance() as { disable: (setting: string) => void }).disable('x-powered-by');
  app.use(securityHeadersMiddleware);
  app.use(requestObserver(logger, metrics));
  mountOpenApi(app);
  applyServerTimeouts(app.getHttpServer() as Server & { connectionsCheckingInterval: number }, timeouts);
  await app.init();
  return { app, metrics };
};
