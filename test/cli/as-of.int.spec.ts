import { join } from 'node:path';
import { businessDateAt, eventBusinessDate } from '@binaan/domain';
import { type ProgrammeOutcomeRow, queryProgrammeOutcomes } from '@binaan/projections';
import type { RecordedEvent } from '@binaan/event-store';
import { openReadModelStore } from '@binaan/runtime';
import { runBinaanJson } from './support/run-binaan';
import { removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';
import { storedEvents } from './support/stored-events';

interface Outcomes {
  readonly rows: readonly ProgrammeOutcomeRow[];
}

const DAY_MS = 86_400_000;
const endOfDay = (date: string): number => Date.parse(`${date}T00:00:00+07:00`) + DAY_MS;
const recordedAt = (event: RecordedEvent): number => Date.parse(String(event.metadata['recordedAt']));

describe('binaan outcomes and history as of a date, on both time axes', () => {
  const folder = temporaryFolder('as-of');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  let events: readonly RecordedEvent[];
  let late: RecordedEvent;
  let day: string;

  beforeAll(async () => {
    await seedDemoStore(dataDir);
    events = (await storedEvents(dataDir)).filter((event) => event.streamName.startsWith('participant-'));
    // A competent assessment typed in more than 30 days after it happened: the day it happened, it was not yet known.
    late = events.find(
      (event) => event.type === 'ModuleCompleted' && event.data['result'] === 'competent' && recordedAt(event) > endOfDay(eventBusinessDate(event.type, event.data)!) + 30 * DAY_MS,
    )!;
    day = eventBusinessDate(late.type, late.data)!;
  }, 120_000);
  afterAll(() => removeFolder(folder));

  const groupOf = (event: RecordedEvent) => {
    const participantId = String(event.data['participantId']);
    const enrolment = events.find((candidate) => candidate.type === 'InmateEnrolled' && candidate.data['participantId'] === participantId)!;
    return { facility: String(enrolment.data['facilityId']), cohort: String(enrolment.data['enrolledOn']).slice(0, 7) };
  };

  /** Counted straight from the stored events, without the projections, for one group. */
  const competentAssessments = (facility: string, cohort: string, known: (event: RecordedEvent) => boolean): number => {
    const members = new Set(
      events
        .filter((event) => event.type === 'InmateEnrolled' && event.data['facilityId'] === facility && String(event.data['enrolledOn']).startsWith(cohort) && known(event))
        .map((event) => event.data['participantId']),
    );
    return events.filter((event) => event.type === 'ModuleCompleted' && event.data['result'] === 'competent' && members.has(event.data['participantId']) && known(event)).length;
  };

  const rowFor = (outcomes: Outcomes, facility: string, cohort: string): ProgrammeOutcomeRow =>
    outcomes.rows.find((row) => row.facility_id === facility && row.cohort === cohort)!;

  it('gives the figures as they stood before a late recording arrived, and after it', async () => {
    const { facility, cohort } = groupOf(late);
    const happened = (event: RecordedEvent) => eventBusinessDate(event.type, event.data)! <= day;
    const knownThen = (event: RecordedEvent) => happened(event) && recordedAt(event) < endOfDay(day);

    const before = await runBinaanJson<Outcomes>(['outcomes', ...store, '--as-of', day, '--known-at', day, '--facility', facility]);
    const after = await runBinaanJson<Outcomes>(['outcomes', ...store, '--as-of', day, '--facility', facility]);
    expect([before.code, after.code]).toEqual([0, 0]);

    const stoodThen = rowFor(before.json, facility, cohort).modules_competent;
    const standsNow = rowFor(after.json, facility, cohort).modules_competent;
    expect(stoodThen).toBe(competentAssessments(facility, cohort, knownThen));
    expect(standsNow).toBe(competentAssessments(facility, cohort, happened));
    expect(standsNow).toBeGreaterThan(stoodThen);
    expect(before.json.rows.every((row) => row.facility_id === facility)).toBe(true);
  });

  it('replays to today exactly what the live read model holds', async () => {
    const replayed = await runBinaanJson<Outcomes & { asOf: { today: string } }>(['outcomes', ...store]);
    const readModels = await openReadModelStore({ dataDir });
    try {
      const live = await queryProgrammeOutcomes(readModels);
      expect(replayed.json.asOf.today).toBe(businessDateAt(new Date()));
      expect(replayed.json.rows).toEqual(JSON.parse(JSON.stringify(live)));
      expect(live.length).toBeGreaterThan(4);
    } finally {
      await readModels.close();
    }
  });

  it("leaves the late event out of the participant's history known on that day, and folds it in once recorded", async () => {
    const participantId = String(late.data['participantId']);
    type History = { readonly hiddenByDates: number; readonly events: readonly { readonly revision: string; readonly stateAfter: { modules: Record<string, { competentOn: string | null }> } }[] };
    const then = await runBinaanJson<History>(['history', participantId, ...store, '--as-of', day, '--known-at', day]);
    const now = await runBinaanJson<History>(['history', participantId, ...store, '--as-of', day]);
    expect(now.json.events.map((event) => event.revision)).toContain(String(late.revision));
    expect(then.json.events.map((event) => event.revision)).not.toContain(String(late.revision));
    expect(then.json.hiddenByDates).toBeGreaterThan(now.json.hiddenByDates);
    const competentIn = (history: History) =>
      Object.values(history.events[history.events.length - 1]!.stateAfter.modules).filter((standing) => standing.competentOn !== null).length;
    expect(competentIn(now.json)).toBeGreaterThan(competentIn(then.json));
  });
});
