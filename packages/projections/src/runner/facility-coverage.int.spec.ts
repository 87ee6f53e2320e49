import { createMemoryEventStore, type MemoryEventStore } from '@binaan/event-store';
import { defaultProjections } from '../read-models/default-projections';
import { appendAll, participant, type FixtureEvent } from '../fixtures/history.fixture';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { readModelRows } from '../queries/all-rows-query';
import { replayAsOf } from '../replay/replay-as-of';
import type { ReadModelStore } from '../store/read-model-store';
import { createProjectionRunner } from './projection-runner';

const women = 'lapas-perempuan-malang';
const men = 'lapas-kelas-i-malang';
const projections = defaultProjections();

const headCount = (facilityId: string, countedOn: string, total: number, recordedAt = `${countedOn}T03:00:00.000Z`): FixtureEvent => ({
  streamName: `facility-${facilityId}`,
  type: 'FacilityPopulationRecorded',
  data: { schemaVersion: 1, facilityId, countedOn, total },
  recordedAt,
});

const transferred = (index: number, transferredOn: string, fromFacilityId: string, toFacilityId: string): FixtureEvent => ({
  streamName: `participant-${participant(index).participantId}`,
  type: 'ParticipantTransferred',
  data: { participantId: participant(index).participantId, schemaVersion: 1, transferredOn, fromFacilityId, toFacilityId },
  recordedAt: `${transferredOn}T03:00:00.000Z`,
});

const exited = (index: number, exitedOn: string): FixtureEvent => ({
  streamName: `participant-${participant(index).participantId}`,
  type: 'ParticipantExited',
  data: { participantId: participant(index).participantId, schemaVersion: 1, exitedOn, reason: 'withdrew' },
  recordedAt: `${exitedOn}T03:00:00.000Z`,
});

/** January: four women enrolled; counts at the end of January (the men's unit recorded late, in March). */
const january: readonly FixtureEvent[] = [
  ...[1, 2, 3, 4].map((index) => participant(index).enrolled(`2024-01-0${index}`)),
  headCount(women, '2024-01-31', 80),
  headCount(men, '2024-01-31', 400, '2024-03-05T03:00:00.000Z'),
];

/** February: one moves to the men's unit, one leaves, one is released; a fresh count for the women's unit. */
const february: readonly FixtureEvent[] = [
  transferred(1, '2024-02-10', women, men),
  exited(2, '2024-02-12'),
  participant(3).released('2024-02-29'),
  headCount(women, '2024-02-28', 79),
];

const coverageRows = (rows: readonly { readonly facility_id: string; readonly month: string; readonly in_programme: number; readonly held: number | null; readonly status: string }[]) =>
  rows.map((row) => `${row.facility_id} ${row.month}: ${row.in_programme}/${row.held ?? '-'} ${row.status}`);

describe.each(storesUnderTest)('facility coverage on $name', ({ open }) => {
  let eventStore: MemoryEventStore;
  let readModels: ReadModelStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    eventStore = createMemoryEventStore();
    ({ store: readModels, dispose } = await open('coverage'));
    const runner = createProjectionRunner({ eventStore, readModels, projections, batchSize: 3, clock: () => new Date('2024-03-10T05:00:00Z') });
    await appendAll(eventStore, january);
    await runner.catchUp();
    // The second catch-up goes through the live path: only the facilities whose facts changed are recomputed.
    await appendAll(eventStore, february);
    await runner.catchUp();
  });

  afterAll(async () => {
    await dispose();
    await eventStore.close();
  });

  it('counts people in the programme at each facility on the month end, over the latest count by then', async () => {
    expect(coverageRows(await readModelRows(readModels, 'facility_coverage'))).toEqual([
      `${men} 2024-01: 0/400 counted`,
      `${men} 2024-02: 1/400 counted`,
      `${men} 2024-03: 1/400 counted`,
      `${women} 2024-01: 4/80 counted`,
      // Participant 3 was released on the 29th, the month's last day: she is no longer there.
      `${women} 2024-02: 1/79 counted`,
      `${women} 2024-03: 1/79 counted`,
    ]);
  });

  it('refuses a count outside the stream of its unit, naming both streams', async () => {
    const elsewhere = createMemoryEventStore();
    await appendAll(elsewhere, [{ ...headCount(women, '2024-01-31', 80), streamName: `facility-${men}` }]);
    const misplaced = await open('coverage_misplaced');
    try {
      const runner = createProjectionRunner({ eventStore: elsewhere, readModels: misplaced.store, projections, clock: () => new Date('2024-03-10T05:00:00Z') });
      await runner.catchUp();
      const coverage = (await runner.status()).find((status) => status.name === 'coverage');
      expect(coverage?.failure?.message).toBe(`FacilityPopulationRecorded at position ${coverage?.failure?.position} is in stream facility-${men}, not facility-${women}, the stream its data names`);
    } finally {
      await misplaced.dispose();
      await elsewhere.close();
    }
  });

  it('equals the in-memory replay of the same events', async () => {
    const replayed = await replayAsOf(eventStore, {}, ['facility_coverage'], { projections, today: '2024-03-10' });
    expect(await readModelRows(readModels, 'facility_coverage')).toEqual(replayed.facility_coverage);
  });

  it('a voided transfer moves her back: the facility she left is recomputed too, as a rebuild would have it', async () => {
    const runner = createProjectionRunner({ eventStore, readModels, projections, batchSize: 3, clock: () => new Date('2024-03-10T05:00:00Z') });
    const streamName = `participant-${participant(4).participantId}`;
    await appendAll(eventStore, [transferred(4, '2024-03-02', women, men)]);
    await runner.catchUp();
    const march = async () => coverageRows(await readModelRows(readModels, 'facility_coverage')).filter((row) => row.includes('2024-03'));
    expect(await march()).toEqual([`${men} 2024-03: 2/400 counted`, `${women} 2024-03: 0/79 counted`]);
    let transferEventId = '';
    for await (const event of eventStore.readStream(streamName)) {
      if (event.type === 'ParticipantTransferred') transferEventId = String(event.metadata['eventId']);
    }
    await appendAll(eventStore, [
      {
        streamName,
        type: 'EntryVoided',
        data: { participantId: participant(4).participantId, schemaVersion: 1, voidedEventId: transferEventId, voidedType: 'ParticipantTransferred', reason: 'data_entry_error' },
        recordedAt: '2024-03-05T03:00:00.000Z',
      },
    ]);
    await runner.catchUp();
    expect(await march()).toEqual([`${men} 2024-03: 1/400 counted`, `${women} 2024-03: 1/79 counted`]);
    const replayed = await replayAsOf(eventStore, {}, ['facility_coverage'], { projections, today: '2024-03-10' });
    expect(await readModelRows(readModels, 'facility_coverage')).toEqual(replayed.facility_coverage);
  });

  it('as of a business date, counts come in by the day they were taken; as of a recorded time, by when they were recorded', async () => {
    const happened = await replayAsOf(eventStore, { businessDate: '2024-02-15' }, ['facility_coverage'], { projections });
    expect(coverageRows(happened.facility_coverage!)).toEqual([
      `${men} 2024-01: 0/400 counted`,
      `${men} 2024-02: 1/400 counted`,
      `${women} 2024-01: 4/80 counted`,
      `${women} 2024-02: 2/80 counted`,
    ]);
    const known = await replayAsOf(eventStore, { recordedAt: '2024-02-15T23:59:59Z' }, ['facility_coverage'], { projections });
    expect(coverageRows(known.facility_coverage!)).toEqual([
      `${men} 2024-02: 1/- no_count`,
      `${women} 2024-01: 4/80 counted`,
      `${women} 2024-02: 2/80 counted`,
    ]);
  });
});
