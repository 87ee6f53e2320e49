import { createMemoryEventStore, type EventStore } from '@binaan/event-store';
import {
  createPostgresReadModelStore,
  createProjectionRunner,
  createSqliteReadModelStore,
  defaultProjections,
  participantStatusRow,
  readModelRows,
  type ReadModelStore,
  replayAsOf,
  readModelNames,
} from '@binaan/projections';
import { createParticipantDecider, foldRecorded, participantEventTypes, shippedCatalogue, type EventRecord } from '@binaan/domain';
import { arbMultiParticipantHistory, fixtureToday, type ParticipantHistory } from '@binaan/testing';
import * as fc from 'fast-check';
import { dropSchema, pgUrl, uniqueSchemaName } from './support/postgres';
import { appendHistory } from './support/recorded-history';

const projections = defaultProjections();

// 25 runs, each on SQLite and on a PostgreSQL schema of its own: about 20 s on an idle machine, three times that
// when the machine is shared. The limit only stops a hang; how fast the runner is belongs to the benchmarks.
jest.setTimeout(240_000);
const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

/** participant_status as the decider's own fold of each history gives it, in the read model's order. */
const decidedStatuses = (histories: readonly ParticipantHistory[]) =>
  histories
    .map((history) => foldRecorded(decider, history.events.map((event, index) => ({ event, record: history.records[index] as EventRecord }))))
    .flatMap((state) => (state.status === 'enrolled' ? [participantStatusRow(state)] : []))
    .filter((row) => row !== null)
    .sort((a, b) => (a.participant_id < b.participant_id ? -1 : a.participant_id > b.participant_id ? 1 : 0));
const clock = () => new Date(`${fixtureToday}T06:00:00Z`);

const allRows = async (readModels: ReadModelStore) =>
  Object.fromEntries(await Promise.all(readModelNames.map(async (name) => [name, await readModelRows(readModels, name)] as const)));

/** Catches up in the given splits (each a number of events), then rebuilds; answers both sets of rows. */
const incrementalThenRebuilt = async (eventStore: EventStore, readModels: ReadModelStore, positions: readonly bigint[], splits: readonly number[], batchSize: number) => {
  // Aggregates a part of two rows at a time, so the runner combines parts of every group larger than that.
  const runner = createProjectionRunner({ eventStore, readModels, projections, batchSize, clock, aggregatePartRows: 2 });
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

/** Each event type the runs stored, and how often: voids by the type they void, re-enrolments apart. */
const seen = new Map<string, number>();
const count = (kind: string): void => {
  seen.set(kind, (seen.get(kind) ?? 0) + 1);
};

describe('projections are deterministic', () => {
  it('incremental catch-up in random splits equals a full rebuild, on SQLite and PostgreSQL alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbMultiParticipantHistory({ minParticipants: 1, maxParticipants: 8, maxSteps: 12, lifecycle: true }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 3, max: 60 }),
        async (history, splits, batchSize) => {
          const eventStore = createMemoryEventStore();
          const schema = uniqueSchemaName('determinism');
          const sqlite = await createSqliteReadModelStore({ filename: ':memory:' });
          const postgres = await createPostgresReadModelStore({ connectionString: pgUrl, schema });
          for (const { event } of history.interleaved) {
            count(event.type);
            if (event.type === 'EntryVoided') count(`EntryVoided(${event.data.voidedType})`);
            if (event.type === 'InmateEnrolled' && event.data.previousParticipantId !== undefined) count('InmateEnrolled(re-enrolment)');
          }
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
            // The read model undoes exactly what the decider undoes: voids name the stored event ids.
            expect(onSqlite.incremental['participant_status']).toEqual(decidedStatuses(history.histories));
          } finally {
            await sqlite.close();
            await postgres.close();
            await dropSchema(schema);
            await eventStore.close();
          }
        },
      ),
      // Each run opens a PostgreSQL schema and catches up and rebuilds on each store. A failure is reported
      // as found, unshrunk: shrinking reruns all of that hundreds of times and outlives any test timeout.
      { numRuns: 25, endOnFailure: true },
    );
  });

  it('ran over histories holding every event type, voids of several types and re-enrolments', () => {
    expect(participantEventTypes.filter((type) => !seen.has(type))).toEqual([]);
    expect(seen.get('InmateEnrolled(re-enrolment)') ?? 0).toBeGreaterThan(0);
    expect([...seen.keys()].filter((kind) => kind.startsWith('EntryVoided(')).length).toBeGreaterThanOrEqual(3);
  });
});
