import { acquireProjectionLease, createRuntime, type ProjectionLease } from '@binaan/runtime';
import { readApiConfig } from './config/api-config';
import { logDestination } from './operations/log-destination';
import { createLogger } from './operations/logger';

/**
 * `--projections=worker`: the projections in a process of their own, on the same stores as the API.
 * With the read models in PostgreSQL any number of workers may run: one holds the projection lease and
 * projects, the others stand by and take over when it dies. SIGTERM or SIGINT stops a worker after its
 * checkpoints are stored.
 */
const main = async (): Promise<void> => {
  const config = readApiConfig(process.argv.slice(2), process.env);
  const logger = createLogger(config.logLevel, logDestination()).child({ component: 'projection-worker' });
  const standingBy = new AbortController();
  const stopWhileStandingBy = () => standingBy.abort();
  process.once('SIGTERM', stopWhileStandingBy);
  process.once('SIGINT', stopWhileStandingBy);
  let lease: ProjectionLease | undefined;
  if (config.pgUrl !== undefined) {
    try {
      lease = await acquireProjectionLease({
        connectionString: config.pgUrl,
        onStandby: () => logger.info('projection worker standing by: another worker holds the projection lease'),
        signal: standingBy.signal,
      });
    } catch (error) {
      if (standingBy.signal.aborted) {
        logger.info('projection worker stopped while standing by');
        process.exit(0);
      }
      throw error;
    }
  }
  process.off('SIGTERM', stopWhileStandingBy);
  process.off('SIGINT', stopWhileStandingBy);
  const runtime = await createRuntime({
    dataDir: config.dataDir,
    ...(config.esdbUrl === undefined ? {} : { esdbUrl: config.esdbUrl }),
    ...(config.pgUrl === undefined ? {} : { pgUrl: config.pgUrl }),
    projections: 'in-process',
  });
  logger.info('projection worker running');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'projection worker stopping');
    runtime
      .close()
      .then(() => lease?.release())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'projection worker could not close cleanly');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
};

main().catch((error: unknown) => {
  process.stderr.write(`binaan projection worker: could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
