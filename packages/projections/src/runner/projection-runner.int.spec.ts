import { auditLogProjection } from '../read-models/audit-log/audit-log-projection';
import { type RowProjection } from '../read-models/row-projection';
import { createMemoryEventStore, type EventStore, type MemoryEventStore, type RecordedEvent } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import { physicalTables } from '../schema/database';
import { defaultProjections } from '../read-models/default-projections';
import { outcomesProjection } from '../read-models/outcomes-projection';
import { defaultFollowUpWindows, shippedCatalogue } from '@binaan/domain';
import { appendAll, participant } from '../fixtures/history.fixture';
import { outcomesScenario } from '../fixtures/outcomes-scenario.fixture';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { queryParticipantStatus } from '../queries/outcome-queries';
import { readModelRows } from '../queries/all-rows-query';
import type { ReadModelStore } from '../store/read-model-store';
import { createProjectionRunner, type ProjectionRunner } from './projection-runner';
import type { ProjectionStatus } from './runner-status';
import { versionStates } from './projection-state';
import { replayAsOf } from '../replay/replay-as-of';
import type { RebuildProgress } from './build-pass';

// The runner's mechanics with two projections (coverage, the third default, is specified in facility-coverage.int.spec.ts).
const projections = defaultProjections().filter((projection) => projection.name !== 'coverage');
const clock = () => new Date('2020-06-15T05:00:00Z');
const lastPosition = async (store: EventStore): Promise<bigint> => {
  let last = -1n;
  for await (const event of store.readAll()) last = event.position;
  return last;
};
/** Every event's global position, in order. */
const positionsIn = async (store: MemoryEventStore): Promise<bigint[]> => {
  const positions: bigint[] = [];
  for await (const event of store.readAll()) positions.push(event.position);
  return positions;
};

/** The events in the order a rebuild reads them: stream after stream when the store offers it, else by position. */
const eventsInReadOrder = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  const all = store.readAllByStream === undefined ? store.readAll() : store.readAllByStream({ untilPosition: await lastPosition(store) });
  for await (const event of all) events.push(event);
  return events;
};
/** The same store without the read stream after stream, as the esdb adapter is. */
const readingByPositionOnly = (store: EventStore): EventStore => {
  const { readAllByStream, ...rest } = store;
  return readAllByStream === undefined ? store : rest;
};
/** A rebuild reads stream after stream where the store can, and by position otherwise: both are held to the same rules. */
const readOrders = [
  { order: 'stream after stream', storeFor: (store: EventStore): EventStore => store, commitsAfterBuild: 3 },
  { order: 'in position order', storeFor: readingByPositionOnly, commitsAfterBuild: 1 },
];

/**
 * These tests share one PostgreSQL server with every other test file; on a busy machine a rebuild
 * takes seconds. The limits below only stop a hang; how fast the runner is belongs to the benchmarks.
 */
jest.setTimeout(60_000);

const waitFor = async (condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !(await condition())) await new Promise((resolve) => setTimeout(resolve, 25));
};

describe.each(storesUnderTest)('projection runner on $name', ({ open }) => {
  let eventStore: MemoryEventStore;
  let readModels: ReadModelStore;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    eventStore = createMemoryEventStore({ clock: () => new Date(Date.now() - 90_000) });
    ({ store: readModels, dispose } = await open('runner'));
  });

  afterEach(async () => {
    await dispose();
    await eventStore.close();
  });

  it('reports its lag in events and seconds, and none once caught up', async () => {
    await appendAll(eventStore, outcomesScenario);
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock });
    const before = await runner.status();
    expect(before.map((status) => [status.name, status.position, status.lagEvents, status.state])).toEqual([
      ['outcomes', null, outcomesScenario.length, 'idle'],
      ['audit_log', null, outcomesScenario.length, 'idle'],
      ['participant_directory', null, outcomesScenario.length, 'idle'],
    ]);
    expect(before[0]!.lagSeconds).toBeGreaterThanOrEqual(89);
    await runner.catchUp();
    const after = await runner.status();
    expect(after.map((status) => [status.position, status.lagEvents, status.lagSeconds, status.failure])).toEqual([
      [await lastPosition(eventStore), 0, 0, null],
      [await lastPosition(eventStore), 0, 0, null],
      [await lastPosition(eventStore), 0, 0, null],
    ]);
  });

  it('an event outside the stream its data names is refused, naming both streams: a rebuild stream after stream relies on it', async () => {
    const herEnrolment = participant(1).enrolled('2019-09-02');
    await appendAll(eventStore, [{ ...herEnrolment, streamName: `participant-${participant(2).participantId}` }]);
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock });
    await runner.catchUp();
    const failures = (await runner.status()).map((status) => [status.name, status.failure?.message ?? null]);
    const [position] = await positionsIn(eventStore);
    const refusal = `InmateEnrolled at position ${position} is in stream participant-${participant(2).participantId}, not participant-${participant(1).participantId}, the stream its data names`;
    expect(failures).toEqual([
      ['outcomes', refusal],
      ['audit_log', null],
      ['participant_directory', refusal],
    ]);
  });

  it('a refused event stops that projection at its position, holds the checkpoint, and never skips it', async () => {
    const enrolled = participant(1);
    const orphan = participant(2);
    await appendAll(eventStore, [enrolled.enrolled('2019-03-01'), orphan.assessed('sulam-dasar', '2019-04-01'), enrolled.assessed('sulam-dasar', '2019-04-02')]);
    const [first, refused, after] = await positionsIn(eventStore);
    const failures: unknown[] = [];
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 1, onFailure: (failure) => failures.push(failure) });
    await runner.catchUp();
    const [outcomes, audit] = await runner.status();
    expect(outcomes).toMatchObject({ state: 'failed', position: first, lagEvents: 2 });
    expect(outcomes!.failure).toEqual({ position: refused, message: expect.stringContaining('who has no enrolment') });
    expect(audit).toMatchObject({ state: 'idle', position: after, failure: null });
    expect(failures).toHaveLength(1);
    expect((await queryParticipantStatus(readModels))[0]!.modules_assessed).toBe(0);

    await runner.retry('outcomes');
    await runner.catchUp();
    expect((await runner.status())[0]).toMatchObject({ state: 'failed', position: first, failure: { position: refused } });
  });

  it('a reducer that throws is stopped at that event too, with its message', async () => {
    await appendAll(eventStore, outcomesScenario.slice(0, 5));
    const positions = await positionsIn(eventStore);
    const throwing: RowProjection = {
      ...auditLogProjection,
      apply: (event, lookup) => {
        if (event.position === positions[3]) throw new Error('bug in a reducer');
        return auditLogProjection.apply(event, lookup);
      },
    };
    const runner = createProjectionRunner({ eventStore, readModels, projections: [throwing], clock, batchSize: 2 });
    await runner.catchUp();
    expect((await runner.status())[0]).toMatchObject({
      state: 'failed',
      position: positions[1],
      failure: { position: positions[3], message: 'threw bug in a reducer' },
    });
    expect(await readModelRows(readModels, 'audit_log')).toHaveLength(2);
  });

  it('retry in live mode applies the refused event and everything after it, once each', async () => {
    await appendAll(eventStore, outcomesScenario.slice(0, 3));
    const positions = async () => {
      const found: bigint[] = [];
      for await (const event of eventStore.readAll()) found.push(event.position);
      return found;
    };
    let buggy = true;
    const refusing: RowProjection = {
      ...auditLogProjection,
      apply: (event, lookup) => {
        if (buggy && event.type === 'ModuleCompleted') throw new Error('bug in a reducer');
        return auditLogProjection.apply(event, lookup);
      },
    };
    const runner = createProjectionRunner({ eventStore, readModels, projections: [refusing], clock, batchSize: 1, lingerMs: 5 });
    await runner.start();
    await appendAll(eventStore, outcomesScenario.slice(3, 20));
    await waitFor(async () => (await runner.status())[0]!.failure !== null, 20_000);
    expect((await runner.status())[0]!.state).toBe('failed');

    buggy = false;
    await runner.retry('audit_log');
    await appendAll(eventStore, outcomesScenario.slice(20, 24));
    const all = await positions();
    await waitFor(async () => (await runner.status())[0]!.position === all[all.length - 1], 20_000);
    const rows = await readModelRows(readModels, 'audit_log');
    expect(rows.map((row) => BigInt(row.position))).toEqual(all);
    expect((await runner.status())[0]).toMatchObject({ state: 'live', failure: null });
    await runner.stop();
  }, 30_000);

  it.each(readOrders)('rebuilds into a new table version and swaps it in, reading $order; queries made while it builds answer from the active version', async ({ storeFor, commitsAfterBuild }) => {
    await appendAll(eventStore, outcomesScenario);
    await createProjectionRunner({ eventStore, readModels, projections, clock }).catchUp();
    const before = await readModelRows(readModels, 'programme_outcomes');
    const statusBefore = await readModelRows(readModels, 'participant_status');
    const reading = storeFor(eventStore);
    const order = await eventsInReadOrder(reading);
    // What a dashboard would see: the outcomes versions and participant_status, read in one transaction.
    const query = () =>
      readModels.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => ({
          versions: (await versionStates(trx, 'outcomes')).map((state) => `v${state.version} ${state.status}`),
          rows: await readModelRows({ ...readModels, db: trx }, 'participant_status'),
        }));
    // A query at every build commit (one event per page: the build commits every ten events).
    const answers: ReturnType<typeof query>[] = [];
    // The rebuild reads its 40th event only once the query made at its first commit has answered, so that
    // query is answered mid-build however fast or slow the machine is; the rebuild never waits on a clock.
    const heldAt = order[39]!.id;
    const holding = async function* (events: AsyncIterable<RecordedEvent>) {
      for await (const event of events) {
        if (event.id === heldAt) await answers[0];
        yield event;
      }
    };
    const held: EventStore =
      reading.readAllByStream === undefined
        ? { ...reading, readAll: (options) => holding(reading.readAll(options)) }
        : { ...reading, readAllByStream: (options) => holding(reading.readAllByStream!(options)) };
    const runner = createProjectionRunner({ eventStore: held, readModels, projections, clock, batchSize: 1, onProgress: () => answers.push(query()) });
    expect(await runner.rebuild(['outcomes'])).toEqual([]);
    const answered = await Promise.all(answers);
    // 85 events: nine build commits, then the last events and the swap (stream after stream: also the
    // commit of the head it read up to as the checkpoint, and a read by position of anything appended since).
    expect([order.length, answered.length]).toEqual([85, 9 + commitsAfterBuild]);
    expect(answered[0]).toEqual({ versions: ['v1 active', 'v2 building'], rows: statusBefore });
    for (const answer of answered) {
      expect(answer.rows).toEqual(statusBefore);
      expect([['v1 active', 'v2 building'], ['v2 active']]).toContainEqual(answer.versions);
    }
    expect((await runner.status()).map((status) => [status.name, status.version])).toEqual([
      ['outcomes', 2],
      ['audit_log', 1],
      ['participant_directory', 1],
    ]);
    expect(await readModelRows(readModels, 'programme_outcomes')).toEqual(before);
    const physical = physicalTables(readModels.db);
    await expect(physical.selectFrom('participant_status_v1').selectAll().execute()).rejects.toThrow();
    expect(await physical.selectFrom('participant_status_v2').selectAll().execute()).toHaveLength(15);
  });

  it('a rebuild reading stream after stream reports in its status how many events it has applied, since its checkpoint waits for the end', async () => {
    await appendAll(eventStore, outcomesScenario);
    const seen: Promise<readonly ProjectionStatus[]>[] = [];
    const runner: ProjectionRunner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 1, onProgress: () => seen.push(runner.status()) });
    await runner.catchUp();
    expect(await runner.rebuild(['outcomes'])).toEqual([]);
    const reported = (await Promise.all(seen)).map(([outcomes]) => outcomes!.rebuild);
    const applied = reported.flatMap((rebuild) => (rebuild?.eventsByStream === null || rebuild === null ? [] : [rebuild.eventsByStream]));
    expect(applied.length).toBeGreaterThanOrEqual(5);
    expect(applied).toEqual([...applied].sort((left, right) => left - right));
    expect(applied.every((count) => count % 10 === 0 || count === outcomesScenario.length)).toBe(true);
    expect(reported.some((rebuild) => rebuild !== null && rebuild.eventsByStream !== null && rebuild.position === null)).toBe(true);
    expect((await runner.status())[0]!.rebuild).toBeNull();
  });

  it('events appended after the head a rebuild reads stream after stream up to are applied once, by position, after it', async () => {
    await appendAll(eventStore, outcomesScenario.slice(0, 60));
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 5 });
    await runner.catchUp();
    let appended = false;
    // Her later events, and others', land right after the build has read the head it will read up to.
    const appending: EventStore = {
      ...eventStore,
      readAll: (options) =>
        (async function* () {
          for await (const event of eventStore.readAll(options)) {
            if (options?.direction === 'backwards' && !appended) {
              appended = true;
              await appendAll(eventStore, outcomesScenario.slice(60));
            }
            yield event;
          }
        })(),
    };
    const rebuilding = createProjectionRunner({ eventStore: appending, readModels, projections, clock, batchSize: 5 });
    expect(await rebuilding.rebuild()).toEqual([]);
    expect(appended).toBe(true);
    const head = await lastPosition(eventStore);
    expect((await rebuilding.status()).map((status) => [status.name, status.position, status.failure])).toEqual(projections.map(({ name }) => [name, head, null]));
    const replayed = await replayAsOf(eventStore, {}, ['participant_status', 'follow_up_worklist', 'programme_outcomes', 'audit_log'], {
      projections,
      today: '2020-06-15',
    });
    for (const name of ['participant_status', 'follow_up_worklist', 'programme_outcomes', 'audit_log'] as const) {
      expect([name, await readModelRows(readModels, name)]).toEqual([name, replayed[name]]);
    }
  });

  it('a projection that does not declare its rows follow one stream is rebuilt in position order beside those that do', async () => {
    await appendAll(eventStore, outcomesScenario);
    const inOrder: RowProjection = { ...auditLogProjection, rowsFollowOneStream: false };
    const order: bigint[] = [];
    const watching: RowProjection = { ...inOrder, apply: (event, lookup) => (order.push(event.position), inOrder.apply(event, lookup)) };
    const runner = createProjectionRunner({ eventStore, readModels, projections: [projections[0]!, watching], clock, batchSize: 7 });
    await runner.catchUp();
    const caughtUp = await readModelRows(readModels, 'participant_status');
    order.length = 0;
    expect(await runner.rebuild()).toEqual([]);
    expect(order).toEqual(await positionsIn(eventStore));
    expect(await readModelRows(readModels, 'participant_status')).toEqual(caughtUp);
    expect(await readModelRows(readModels, 'audit_log')).toHaveLength(outcomesScenario.length);
  });

  it('a rebuild refused by one projection abandons only its new version; the others are swapped in', async () => {
    await appendAll(eventStore, outcomesScenario);
    const positions = await positionsIn(eventStore);
    let refusing = false;
    const picky: RowProjection = {
      ...auditLogProjection,
      apply: (event, lookup) => (refusing && event.position === positions[7] ? E.left('refused in the rebuild') : auditLogProjection.apply(event, lookup)),
    };
    const runner = createProjectionRunner({ eventStore, readModels, projections: [projections[0]!, picky], clock, batchSize: 2 });
    await runner.catchUp();
    const before = await readModelRows(readModels, 'participant_status');
    refusing = true;
    expect(await runner.rebuild()).toEqual([{ projection: 'audit_log', position: positions[7], message: 'refused in the rebuild' }]);
    expect((await runner.status()).map((status) => [status.name, status.version, status.failure])).toEqual([
      ['outcomes', 2, null],
      ['audit_log', 1, null],
    ]);
    expect(await readModelRows(readModels, 'participant_status')).toEqual(before);
    expect(await readModelRows(readModels, 'audit_log')).toHaveLength(outcomesScenario.length);
  });

  it('a projection added later catches up from the start; the others skip the events they have seen, exactly once', async () => {
    await appendAll(eventStore, outcomesScenario);
    const positions = await positionsIn(eventStore);
    await createProjectionRunner({ eventStore, readModels, projections: [projections[0]!], clock, batchSize: 4 }).catchUp({ until: positions[9]! });
    // Pages of 3 from the start: some wholly seen by outcomes, one straddling its checkpoint, the rest new to it.
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 3 });
    await runner.catchUp();
    const head = positions[positions.length - 1]!;
    expect((await runner.status()).map((status) => [status.name, status.position, status.failure])).toEqual([
      ['outcomes', head, null],
      ['audit_log', head, null],
      ['participant_directory', head, null],
    ]);
    const once = await readModelRows(readModels, 'participant_status');
    expect(await runner.rebuild()).toEqual([]);
    expect(await readModelRows(readModels, 'participant_status')).toEqual(once);
    expect(await readModelRows(readModels, 'audit_log')).toHaveLength(outcomesScenario.length);
  });

  it('once the aggregates were computed, a later catch-up recomputes the groups it changed (as a rebuild would)', async () => {
    await appendAll(eventStore, outcomesScenario);
    const positions = await positionsIn(eventStore);
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 4 });
    await runner.catchUp({ until: positions[11]! });
    const halfWay = await readModelRows(readModels, 'programme_outcomes');
    await runner.catchUp();
    const caughtUp = await readModelRows(readModels, 'programme_outcomes');
    expect(caughtUp).not.toEqual(halfWay);
    expect(await runner.rebuild()).toEqual([]);
    expect(await readModelRows(readModels, 'programme_outcomes')).toEqual(caughtUp);
  });

  it.each(readOrders)('a refusal after the first build commit, reading $order: the others resume from that commit and apply nothing twice', async ({ order, storeFor }) => {
    await appendAll(eventStore, outcomesScenario);
    const reading = storeFor(eventStore);
    const last = await lastPosition(eventStore);
    let refusing = false;
    // The 26th event read: one event per page and ten pages per commit, so the refusal lands after two commits.
    const refused = (await eventsInReadOrder(reading))[25]!.position;
    const picky: RowProjection = {
      ...auditLogProjection,
      apply: (event, lookup) => (refusing && event.position === refused ? E.left('refused late in the rebuild') : auditLogProjection.apply(event, lookup)),
    };
    const runner = createProjectionRunner({ eventStore: reading, readModels, projections: [projections[0]!, picky], clock, batchSize: 1 });
    await runner.catchUp();
    const before = await readModelRows(readModels, 'programme_outcomes');
    refusing = true;
    const progress: RebuildProgress[] = [];
    const watched = createProjectionRunner({
      eventStore: reading,
      readModels,
      projections: [projections[0]!, picky],
      clock,
      batchSize: 1,
      onProgress: (reached) => progress.push(reached),
    });
    const statusBefore = await readModelRows(readModels, 'participant_status');
    expect(await watched.rebuild()).toEqual([{ projection: 'audit_log', position: refused, message: 'refused late in the rebuild' }]);
    if (order === 'in position order') expect(progress.map(({ position }) => position)).toContain((await positionsIn(eventStore))[19]);
    else expect(progress.map(({ eventsByStream }) => eventsByStream)).toEqual(expect.arrayContaining([10, 20]));
    expect((await watched.status()).map((status) => [status.name, status.version, status.position])).toEqual([
      ['outcomes', 2, last],
      ['audit_log', 1, last],
    ]);
    expect(await readModelRows(readModels, 'programme_outcomes')).toEqual(before);
    // An event of the rolled-back pages applied twice, or one skipped, would change her counts and dates.
    expect(await readModelRows(readModels, 'participant_status')).toEqual(statusBefore);
  });

  it('rebuilds a projection whose table layout no longer matches the code, on start', async () => {
    await appendAll(eventStore, outcomesScenario);
    await createProjectionRunner({ eventStore, readModels, projections, clock }).catchUp();
    await readModels.db.updateTable('projection_state').set({ layout: 'an older layout' }).where('projection', '=', 'audit_log').execute();
    const restarted = createProjectionRunner({ eventStore, readModels, projections, clock });
    await restarted.catchUp();
    expect((await restarted.status()).map((status) => [status.name, status.version])).toEqual([
      ['outcomes', 1],
      ['audit_log', 2],
      ['participant_directory', 1],
    ]);
    expect(await readModelRows(readModels, 'audit_log')).toHaveLength(outcomesScenario.length);
  });

  it('on start over a store that holds events, the projections that applied none are built as a rebuild builds them, stream after stream; the others catch up', async () => {
    await appendAll(eventStore, outcomesScenario.slice(0, 30));
    const positions = await positionsIn(eventStore);
    await createProjectionRunner({ eventStore, readModels, projections: [projections[1]!], clock }).catchUp({ until: positions[9]! });
    const progress: RebuildProgress[] = [];
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, lingerMs: 5, onProgress: (reached) => progress.push(reached) });
    await runner.start();
    expect(progress.some((reached) => reached.eventsByStream !== undefined)).toBe(true);
    const head = positions[positions.length - 1]!;
    expect((await runner.status()).map((status) => [status.name, status.version, status.position])).toEqual([
      ['outcomes', 2, head],
      ['audit_log', 1, head],
      ['participant_directory', 2, head],
    ]);
    const names = ['participant_status', 'follow_up_worklist', 'follow_up_open_listings', 'programme_outcomes', 'audit_log'] as const;
    const replayed = await replayAsOf(eventStore, {}, names, { projections, today: '2020-06-15' });
    for (const name of names) expect(await readModelRows(readModels, name)).toEqual(replayed[name]);
    await appendAll(eventStore, outcomesScenario.slice(30, 36));
    const later = await lastPosition(eventStore);
    await waitFor(async () => (await runner.status()).every((status) => status.position === later));
    expect((await runner.status()).map((status) => status.position)).toEqual([later, later, later]);
    await runner.stop();
  });

  it('on start over an empty store, nothing is rebuilt: the first version stays', async () => {
    const progress: RebuildProgress[] = [];
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, lingerMs: 5, onProgress: (reached) => progress.push(reached) });
    await runner.start();
    await appendAll(eventStore, outcomesScenario.slice(0, 6));
    const head = await lastPosition(eventStore);
    await waitFor(async () => (await runner.status()).every((status) => status.position === head));
    expect((await runner.status()).map((status) => [status.version, status.position])).toEqual([
      [1, head],
      [1, head],
      [1, head],
    ]);
    expect(progress).toEqual([]);
    await runner.stop();
  });

  it('rebuilds a projection whose rules changed (other follow-up windows), on start: its worklist and counts follow the new windows', async () => {
    await appendAll(eventStore, outcomesScenario);
    await createProjectionRunner({ eventStore, readModels, projections, clock }).catchUp();
    const wider = defaultFollowUpWindows.map((window) => ({ ...window, halfWidthDays: window.halfWidthDays + 20 }));
    const rewindowed = [outcomesProjection({ catalogue: shippedCatalogue, followUpWindows: wider }), ...projections.slice(1)];
    const restarted = createProjectionRunner({ eventStore, readModels, projections: rewindowed, clock });
    await restarted.catchUp();
    expect((await restarted.status()).map((status) => [status.name, status.version])).toEqual([
      ['outcomes', 2],
      ['audit_log', 1],
      ['participant_directory', 1],
    ]);
    const names = ['follow_up_worklist', 'follow_up_open_listings'] as const;
    const replayed = await replayAsOf(eventStore, {}, names, { projections: rewindowed, today: '2020-06-15' });
    for (const name of names) expect(await readModelRows(readModels, name)).toEqual(replayed[name]);
    expect((await readModelRows(readModels, 'follow_up_worklist')).length).toBeGreaterThan(0);
  });

  /** Counts the turns of the event loop (each a chance for the process to answer a request) until stopped. */
  const countTurns = () => {
    let turns = 0;
    let counting = true;
    const turn = () => {
      if (!counting) return;
      turns += 1;
      setImmediate(turn);
    };
    setImmediate(turn);
    return () => {
      counting = false;
      return turns;
    };
  };

  it('gives the event loop a turn after each batch while catching up, so a server in the same process keeps answering', async () => {
    await appendAll(eventStore, outcomesScenario);
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 4 });
    const turns = countTurns();
    await runner.catchUp();
    expect(turns()).toBeGreaterThanOrEqual(Math.floor(outcomesScenario.length / 4));
  });

  it('gives the event loop a turn after each batch when live, however many events arrive at once', async () => {
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, batchSize: 4, lingerMs: 5 });
    await runner.start();
    const turns = countTurns();
    await appendAll(eventStore, outcomesScenario);
    const head = await lastPosition(eventStore);
    while ((await runner.status()).some((status) => status.position !== head)) await new Promise((resolve) => setImmediate(resolve));
    const counted = turns();
    await runner.stop();
    expect(counted).toBeGreaterThanOrEqual(Math.floor(outcomesScenario.length / 4));
  });

  it('goes live: start resolves once caught up, later events follow, stop ends the subscription', async () => {
    await appendAll(eventStore, outcomesScenario.slice(0, 12));
    const runner = createProjectionRunner({ eventStore, readModels, projections, clock, lingerMs: 5 });
    await runner.start();
    expect((await runner.status())[0]).toMatchObject({ state: 'live', lagEvents: 0 });
    await appendAll(eventStore, outcomesScenario.slice(12, 20));
    const head = await lastPosition(eventStore);
    await waitFor(async () => (await runner.status()).every((status) => status.position === head));
    expect((await runner.status()).map((status) => status.position)).toEqual([head, head, head]);
    await runner.stop();
    expect((await runner.status())[0]!.state).toBe('idle');
  });
});
