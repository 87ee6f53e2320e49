import { createMemoryEventStore, type MemoryEventStore } from '@binaan/event-store';
import { defaultProjections } from '../read-models/default-projections';
import { appendAll } from '../fixtures/history.fixture';
import { outcomesScenario, scenarioParticipantId } from '../fixtures/outcomes-scenario.fixture';
import { replayAsOf } from './replay-as-of';

const projections = defaultProjections();
const lateParticipant = scenarioParticipantId(4);

describe('replayAsOf', () => {
  let eventStore: MemoryEventStore;

  beforeAll(async () => {
    eventStore = createMemoryEventStore();
    await appendAll(eventStore, outcomesScenario);
  });

  afterAll(() => eventStore.close());

  const statusOfLateParticipant = async (asOf: Parameters<typeof replayAsOf>[1]) => {
    const { participant_status } = await replayAsOf(eventStore, asOf, ['participant_status'], { projections, today: '2020-06-15' });
    return participant_status!.find((row) => row.participant_id === lateParticipant)!;
  };

  it('business-date axis: what had happened by then, including a contact recorded late', async () => {
    // Participant 4's M6 attempt happened on 2019-12-03 but was recorded on 2020-02-01.
    expect((await statusOfLateParticipant({ businessDate: '2020-01-15' })).m6_attempts).toBe(1);
  });

  it('recorded-date axis: what was known then, without the late record', async () => {
    expect((await statusOfLateParticipant({ recordedAt: '2020-01-15T00:00:00Z' })).m6_attempts).toBe(0);
    expect((await statusOfLateParticipant({ recordedAt: '2020-02-01T03:00:00Z' })).m6_attempts).toBe(1);
  });

  it('the outcome figures differ between the two axes on the same date', async () => {
    const outcomesOn = async (asOf: Parameters<typeof replayAsOf>[1]) =>
      (await replayAsOf(eventStore, asOf, ['programme_outcomes'], { projections })).programme_outcomes!.find(
        (row) => row.facility_id === 'lapas-perempuan-malang',
      )!;
    const happened = await outcomesOn({ businessDate: '2020-01-15' });
    const known = await outcomesOn({ recordedAt: '2020-01-15T00:00:00Z' });
    expect([happened.as_of_date, happened.m6_due, happened.m6_attempted, happened.m6_reached]).toEqual(['2020-01-15', 7, 5, 4]);
    expect([known.as_of_date, known.m6_due, known.m6_attempted, known.m6_reached]).toEqual(['2020-01-15', 7, 4, 4]);
  });

  it('position axis: the state right after a given event', async () => {
    const positions: bigint[] = [];
    for await (const event of eventStore.readAll()) positions.push(event.position);
    const { audit_log, participant_status } = await replayAsOf(eventStore, { position: positions[11]! }, ['audit_log', 'participant_status'], {
      projections,
      today: '2020-06-15',
    });
    expect(audit_log!.map((row) => row.position)).toEqual(positions.slice(0, 12));
    expect(participant_status).toHaveLength(12);
    expect(participant_status!.every((row) => row.status === 'in_training')).toBe(true);
  });

  it('a business date before the programme gives empty read models', async () => {
    const replayed = await replayAsOf(eventStore, { businessDate: '2018-12-31' }, ['participant_status', 'programme_outcomes'], { projections });
    expect(replayed).toEqual({ participant_status: [], programme_outcomes: [] });
  });

  it('names a read model no given projection produces', async () => {
    const withoutDirectory = projections.filter((projection) => projection.name !== 'participant_directory');
    await expect(replayAsOf(eventStore, {}, ['participant_directory'], { projections: withoutDirectory })).rejects.toThrow(
      'names: no projection given produces participant_directory',
    );
  });
});
