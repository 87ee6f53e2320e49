/**
 * Child process for the crash-safety suite: catches the projections up (or, with `rebuild`, rebuilds
 * them) from a SQLite event store into a SQLite read-model file in small batches, so a SIGKILL lands
 * between and inside transactions. It prints `catching-up` or `rebuilding` as the work starts.
 * Usage: catch-up-child.ts <events.sqlite> <read-models.sqlite> <batchSize> [catch-up|rebuild]
 */
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { createProjectionRunner, createSqliteReadModelStore, defaultProjections } from '@binaan/projections';
import { crashClock } from './crash-clock';

const [eventsPath, readModelsPath, batchSize, mode = 'catch-up'] = process.argv.slice(2);

const main = async (): Promise<void> => {
  const eventStore = createSqliteEventStore({ path: eventsPath!, synchronous: 'normal' });
  const readModels = await createSqliteReadModelStore({ filename: readModelsPath! });
  const runner = createProjectionRunner({ eventStore, readModels, projections: defaultProjections(), batchSize: Number(batchSize), clock: crashClock });
  if (mode === 'rebuild') {
    process.stdout.write('rebuilding\n');
    const failures = await runner.rebuild();
    if (failures.length > 0) throw new Error(`the rebuild refused events: ${failures.map((failure) => failure.message).join('; ')}`);
  } else {
    process.stdout.write('catching-up\n');
    await runner.catchUp();
  }
  await readModels.close();
  await eventStore.close();
  process.stdout.write('done\n');
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
