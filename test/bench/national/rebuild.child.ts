/**
 * Rebuild of every read model from the national-scale store, in a process of its own.
 * `sqlite`: through the runtime as `binaan projections rebuild` does, into the data folder's own
 * read-models.db (which the API measured afterwards then finds current). `postgres`: the same
 * projections from the same events into PostgreSQL, in a schema of the bench's own.
 * Usage: rebuild.child.ts <dataDir> sqlite | rebuild.child.ts <dataDir> postgres <pgUrl> <schema>
 */
import { join } from 'node:path';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { createPostgresReadModelStore, createProjectionRunner, defaultProjections, type ProjectionRunner } from '@binaan/projections';
import { createRuntime } from '@binaan/runtime';
import { peakRssMb, timed } from '../bench-result';
import { runChild } from './run-child';

const rebuilt = async (runner: ProjectionRunner): Promise<number> => {
  const measured = await timed(() => runner.rebuild());
  if (measured.result.length > 0) throw new Error(`rebuild failed: ${measured.result.map((failure) => failure.message).join('; ')}`);
  return measured.seconds;
};

runChild(async ([dataDir, dialect, pgUrl, schema]) => {
  if (dialect === 'sqlite') {
    const runtime = await createRuntime({ dataDir: dataDir!, projections: 'off' });
    const seconds = await rebuilt(runtime.projections);
    await runtime.close();
    return { seconds, rss_mb: peakRssMb() };
  }
  const eventStore = createSqliteEventStore({ path: join(dataDir!, 'events.db'), schema: binaanEventSchema });
  const readModels = await createPostgresReadModelStore({ connectionString: pgUrl!, schema: schema! });
  const seconds = await rebuilt(createProjectionRunner({ eventStore, readModels, projections: defaultProjections() }));
  await readModels.close();
  await eventStore.close();
  return { seconds, rss_mb: peakRssMb() };
});
