import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import type { TokenService } from '../auth/token-service';
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
  readonly logger: Logger;
  readonly bodyLimits?: JsonBodyLimits;
  readonly timeouts?: ServerTimeouts;
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
  logger,
  bodyLimits = defaultJsonBodyLimits,
  timeouts = defaultServerTimeouts,
}: ApiAppOptions): Promise<ApiApp> => {
  const metrics = createApiMetrics(projectionLag(runtime), skippedRecords(runtime));
  const app = await NestFactory.create(apiModule({ runtime, tokens, logger, metrics, bodyLimits }), {
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
