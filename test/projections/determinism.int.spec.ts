import { createMemoryEventStore, type EventStore } from '@binaan/event-store';
import {
  createPostgresReadModelStore,
  createProjectionRunner,
  createSqliteReadModelStore,
  defaultProjections,
  readModelRows,
  type ReadModelStore,
  replayAsOf,
  readModelNames,
} from '@binaan/projections';
import { arbMultiParticipantHistory, fixtureToday } from '@binaan/testing';
import * as fc from 'fast-check';
import { dropSchema, pgUrl, uniqueSchemaName } from './support/postgres';
import { appendHistory } from './support/recorded-history';

const projections = defaultProjections();
const clock = () => new Date(`${fixtureToday}T06:00:00Z`);

const allRows = async (readModels: ReadModelStore) =>
  Object.fromEntries(await Promise.all(readModelNames.map(async (name) => [name, await readModelRows(readModels, name)] as const)));

/** Catches up in the given splits (each a number of events), then rebuilds; answers both sets of rows. */
const incrementalThenRebuilt = async (eventStore: EventStore, readModels: ReadModelStore, positions: readonly bigint[], splits: readonly number[], batchSize: number) => {
  const runner = createProjectionRunner({ eventStore, readModels, projections, batchSize, clock });
  let consumed = 0;
  for (const split of splits) {
    consumed += split;
    const until = positions[Math.min(consumed, positions.length) - 1];
    if (until !== undefined) await runner.catchUp({ until });
  }
  await runner.catchUp();
  const incremental = await allRows(readModels);
  expect(await runner.rebuild()).toEqual([]);
  return { incremental, rebuilt: await allRows(readModels) };
};

describe('projections are deterministic', () => {
  it('incremental catch-up in random splits equals a full rebuild, on SQLite and PostgreSQL alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbMultiParticipantHistory({ minParticipants: 1, maxParticipants: 8, maxSteps: 12 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 3, max: 60 }),
        async (history, splits, batchSize) => {
          const eventStore = createMemoryEventStore();
          const schema = uniqueSchemaName('determinism');
          const sqlite = await createSqliteReadModelStore({ filename: ':memory:' });
          const postgres = await createPostgresReadModelStore({ connectionString: pgUrl, schema, poolSize: 2 });
          try {
            await appendHistory(eventStore, history.interleaved);
            const positions: bigint[] = [];
            for await (const event of eventStore.readAll()) positions.push(event.position);

            const onSqlite = await incrementalThenRebuilt(eventStore, sqlite, positions, splits, batchSize);
            const onPostgres = await incrementalThenRebuilt(eventStore, postgres, positions, splits, batchSize);
            const replayed = await replayAsOf(eventStore, {}, readModelNames, { projections, today: fixtureToday });

            expect(onSqlite.incremental).toEqual(onSqlite.rebuilt);
            expect(onPostgres.incremental).toEqual(onPostgres.rebuilt);
            expect(onPostgres.incremental).toEqual(onSqlite.incremental);
            expect(onSqlite.incremental).toEqual(replayed);
            expect(onSqlite.incremental['audit_log']).toHaveLength(positions.length);
          } finally {
            await sqlite.close();
            await postgres.close();
            await dropSchema(schema);
            await eventStore.close();
          }
        },
      ),
      // Each run opens a PostgreSQL schema and catches up twice per store: 25 runs keep the suite near half a minute.
      { numRuns: 25 },
    );
  });
});
