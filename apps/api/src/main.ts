import { createAccountService } from '@binaan/accounts';
import { createDemoClock } from '@binaan/demo-seed';
import { createRuntime, openAccountStore } from '@binaan/runtime';
import { createApiApp } from './app/create-api-app';
import { loadJwtSecret } from './auth/jwt-secret';
import { createTokenService } from './auth/token-service';
import { ConfigError, readApiConfig } from './config/api-config';
import { logDestination } from './operations/log-destination';
import { createLogger } from './operations/logger';
import { apiRuntimeFrom } from './runtime/api-runtime';
import type { ApiRuntime } from './runtime/api-runtime.port';
import { createDemoAccounts, readDemoSignIns } from './startup/demo-accounts';
import { startProjectionWorker } from './startup/projection-worker-process';
import { seedIfEmpty } from './startup/seed-if-empty';
import { latestAnchorIn } from './startup/latest-anchor';
import { startBanner } from './startup/start-banner';

/**
 * `npm start`: the API, the projections and the dashboard on the embedded SQLite store under ./data
 * (ESDB_URL and PG_URL move events and read models), with the demo programme seeded on first start.
 */
const main = async (): Promise<void> => {
  const config = readApiConfig(process.argv.slice(2), process.env);
  const logger = createLogger(config.logLevel, logDestination());
  const clock = createDemoClock();
  const runtime = apiRuntimeFrom(
    await createRuntime({
      dataDir: config.dataDir,
      ...(config.esdbUrl === undefined ? {} : { esdbUrl: config.esdbUrl }),
      ...(config.pgUrl === undefined ? {} : { pgUrl: config.pgUrl }),
      ...(config.pgReadUrl === undefined ? {} : { pgReadUrl: config.pgReadUrl }),
      projections: config.projections === 'in-process' ? 'in-process' : 'off',
      clock: clock.now,
    }),
    clock.now,
  );
  const seeded = config.seedDemo ? await seedIfEmpty(runtime, clock, logger, config.demoParticipants) : undefined;
  const worker = config.projections === 'worker' ? startProjectionWorker(process.argv.slice(2), logger) : undefined;
  const owned: ApiRuntime =
    worker === undefined ? runtime : { ...runtime, close: async () => Promise.all([worker.stop(), runtime.close()]).then(() => undefined) };

  const accounts = createAccountService({
    store: await openAccountStore(config),
    sessionPolicy: { idleMs: config.sessionIdleMinutes * 60_000, absoluteMs: config.sessionAbsoluteHours * 3_600_000 },
  });
  if (seeded !== undefined) await createDemoAccounts(accounts, config.dataDir);
  const secret = loadJwtSecret(config.dataDir, config.jwtSecret);
  const tokens = createTokenService(secret);
  const { app } = await createApiApp({
    runtime: owned,
    tokens,
    accounts,
    tokenLifetime: config.tokenLifetime,
    logger,
    ...(config.oidc === undefined ? {} : { oidc: { config: config.oidc, secret } }),
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  process.stdout.write(
    startBanner({
      url: `http://${config.host}:${port}`,
      dataDir: config.dataDir,
      eventStore: config.esdbUrl === undefined ? 'SQLite (embedded)' : 'EventStoreDB (ESDB_URL)',
      readModels: config.pgUrl === undefined ? 'SQLite (embedded)' : 'PostgreSQL (PG_URL)',
      projections: config.projections,
      seeded,
      demoSignIns: readDemoSignIns(config.dataDir),
      storeOptions: config.esdbUrl === undefined ? `--store sqlite:${config.dataDir}` : `--esdb ${config.esdbUrl}`,
      anchors: {
        folder: config.anchorDir,
        latest: config.anchorDir === undefined ? undefined : latestAnchorIn(config.anchorDir),
      },
    }),
  );
};

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof TypeError ? error.message : String(error);
  process.stderr.write(`binaan: could not start: ${message}\n`);
  if (!(error instanceof ConfigError)) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exit(1);
});
