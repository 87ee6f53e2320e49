import { createMemoryEventStore, type MemoryEventStore } from '@binaan/event-store';
import { defaultProjections } from '../read-models/default-projections';
import { appendAll, fakeOpen } from '../fixtures/history.fixture';
import { outcomesScenario, scenarioParticipantId, scenarioReferenceDate } from '../fixtures/outcomes-scenario.fixture';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { queryFollowUpWorklist } from '../queries/follow-up-worklist-query';
import { queryAuditLog, queryProgrammeOutcomes } from '../queries/outcome-queries';
import { openParticipantDirectory, queryParticipantDirectory } from '../queries/participant-directory-query';
import { readModelRows } from '../queries/all-rows-query';
import { replayAsOf } from '../replay/replay-as-of';
import type { ReadModelStore } from '../store/read-model-store';
import { createProjectionRunner } from './projection-runner';

const projections = defaultProjections();
const openSealed = fakeOpen(new Set(['participant-key-12']));

describe.each(storesUnderTest)('outcome arithmetic on $name', ({ open }) => {
  let eventStore: MemoryEventStore;
  let readModels: ReadModelStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    eventStore = createMemoryEventStore();
    await appendAll(eventStore, outcomesScenario);
    ({ store: readModels, dispose } = await open('outcomes'));
    const runner = createProjectionRunner({
      eventStore,
      readModels,
      projections,
      batchSize: 7,
      clock: () => new Date(`${scenarioReferenceDate}T05:00:00Z`),
    });
    await runner.catchUp();
  });

  afterAll(async () => {
    await dispose();
    await eventStore.close();
  });

  const malang = async () => (await queryProgrammeOutcomes(readModels, { facilityId: 'lapas-perempuan-malang' }))[0]!;

  it('completion is graduated ÷ enrolled, competency is competent ÷ assessed modules', async () => {
    const row = await malang();
    expect(row).toMatchObject({ cohort: '2019-03', as_of_date: '2020-06-15', enrolled: 12, graduated: 9, in_training: 2, released: 7 });
    expect(row.completion_rate).toBe(9 / 12);
    // 9 graduates × 5 modules, participant 10 assessed 2 (1 competent), participant 11 assessed 1 (0 competent).
    expect([row.modules_competent, row.modules_assessed]).toEqual([46, 48]);
    expect(row.competency_rate).toBe(46 / 48);
  });

  it('contact rate per milestone is reached ÷ due; an early contact makes a milestone due', async () => {
    const row = await malang();
    // M1, M3, M6 windows of a 2019-06-01 release closed by 2020-06-15: all 7 released are due.
    expect([row.m1_due, row.m1_attempted, row.m1_reached, row.m1_contact_rate]).toEqual([7, 4, 2, 2 / 7]);
    expect([row.m3_due, row.m3_attempted, row.m3_reached, row.m3_contact_rate]).toEqual([7, 2, 2, 2 / 7]);
    expect([row.m6_due, row.m6_attempted, row.m6_reached, row.m6_contact_rate]).toEqual([7, 5, 4, 4 / 7]);
    // M12 closes 2020-07-01: only participant 1, already contacted on 2020-05-10, is due.
    expect([row.m12_due, row.m12_attempted, row.m12_reached, row.m12_contact_rate]).toEqual([1, 1, 1, 1]);
  });

  it('employed or self-employed at M6 and M12 is counted over those reached at that milestone', async () => {
    const row = await malang();
    expect([row.m6_working, row.m6_reached, row.m6_working_rate]).toEqual([3, 4, 3 / 4]);
    expect([row.m12_working, row.m12_reached, row.m12_working_rate]).toEqual([1, 1, 1]);
  });

  it('median days from release to first income, over those with a known first income', async () => {
    const row = await malang();
    // Days: 30 (p1), 93 (p5), 131 (p6, outside every window), 184 (p3), 186 (p10).
    expect([row.first_income_known, row.median_days_to_first_income]).toEqual([5, 131]);
  });

  it('flags a group under 10 people and still shows it', async () => {
    expect((await malang()).small_group).toBe(0);
    const small = await queryProgrammeOutcomes(readModels, { facilityId: 'lapas-kelas-i-malang' });
    expect(small).toEqual([
      expect.objectContaining({ enrolled: 3, graduated: 0, completion_rate: 0, modules_assessed: 0, competency_rate: null, small_group: 1 }),
    ]);
  });

  it('worklist: the next milestone per released participant, due or overdue on the given day', async () => {
    const worklist = await queryFollowUpWorklist(readModels, { today: '2019-12-20' });
    const byState = (state: string) => worklist.filter((row) => row.state === state).map((row) => [row.participant_id, row.milestone]);
    expect(byState('overdue')).toEqual([4, 5, 6].map((index) => [scenarioParticipantId(index), 'M6']));
    expect(byState('upcoming')).toEqual([2, 3, 10].map((index) => [scenarioParticipantId(index), 'M12']));
    expect(byState('due')).toEqual([]);
  });

  it('directory: sealed copies only on disk; opened on read, names for the enrolled and erased for the one whose key is gone', async () => {
    const directory = await queryParticipantDirectory(readModels);
    expect(directory).toHaveLength(15);
    expect(JSON.stringify(directory)).not.toContain('Siti');
    const opened = await openParticipantDirectory(readModels, [scenarioParticipantId(1), scenarioParticipantId(12)], openSealed);
    expect(opened).toEqual([
      { participantId: scenarioParticipantId(1), status: 'ok', fullName: 'Siti Contoh 1', registrationNumber: 'BI-1/2019' },
      { participantId: scenarioParticipantId(12), status: 'erased' },
    ]);
  });

  it('audit log: one row per event, with its metadata and no personal data', async () => {
    const audit = await queryAuditLog(readModels, { limit: 10_000 });
    expect(audit).toHaveLength(outcomesScenario.length);
    expect(audit[0]).toMatchObject({ position: expect.any(BigInt), revision: 0n, event_type: 'InmateEnrolled', business_date: '2019-03-01', actor_role: 'registrar' });
    expect(JSON.stringify(audit, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))).not.toContain('Siti');
  });

  it('the in-memory replay of the whole history equals the tables', async () => {
    const names = ['participant_status', 'programme_outcomes', 'follow_up_worklist', 'audit_log', 'participant_directory'] as const;
    const replayed = await replayAsOf(eventStore, {}, names, { projections, today: scenarioReferenceDate });
    for (const name of names) {
      expect(await readModelRows(readModels, name)).toEqual(replayed[name]);
    }
  });
});
