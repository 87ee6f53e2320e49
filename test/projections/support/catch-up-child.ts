/**
 * Child process for the crash-safety suite: catches the projections up from a SQLite event store
 * into a SQLite read-model file in small batches, so a SIGKILL lands between and inside transactions.
 * Usage: catch-up-child.ts <events.sqlite> <read-models.sqlite> <batchSize>
 */
import { createSqliteEventStore } from '@binaan/event-store';
import { createProjectionRunner, createSqliteReadModelStore, defaultProjections } from '@binaan/projections';
import { crashClock } from './crash-clock';

const [eventsPath, readModelsPath, batchSize] = process.argv.slice(2);

const main = async (): Promise<void> => {
  const eventStore = createSqliteEventStore({ path: eventsPath!, synchronous: 'normal' });
  const readModels = await createSqliteReadModelStore({ filename: readModelsPath! });
  const runner = createProjectionRunner({ eventStore, readModels, projections: defaultProjections(), batchSize: Number(batchSize), clock: crashClock });
  process.stdout.write('catching-up\n');
  await runner.catchUp();
  await readModels.close();
  await eventStore.close();
  process.stdout.write('done\n');
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
