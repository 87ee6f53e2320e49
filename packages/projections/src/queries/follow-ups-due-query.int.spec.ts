import { defaultFollowUpWindows, type ParticipantScope } from '@binaan/domain';
import fc from 'fast-check';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { arbFollowUpWindows, arbReleasedStatusRow, arbWorklistDay } from '../fixtures/worklist-arbitraries.fixture';
import { nextFollowUp, worklistRows, type NextFollowUp } from '../read-models/follow-up-worklist/follow-up-worklist';
import { openListingsCount } from '../read-models/outcomes-projection';
import type { FollowUpWorklistRow, Row } from '../read-models/read-model-rows';
import { countGroups } from '../read-models/row-projection';
import { physicalTables } from '../schema/database';
import { createPhysicalTables, physicalTableName, pointViewsAt } from '../schema/physical-tables';
import type { ReadModelStore } from '../store/read-model-store';
import { createSqliteReadModelStore } from '../store/sqlite-read-model-store';
import { pageKeyReads, queryFollowUpsDue, type FollowUpsDueCount, type FollowUpsDueQuery } from './follow-ups-due-query';
import { CompiledQuery } from 'kysely';

const facilities = ['lapas-perempuan-malang', 'lapas-kelas-i-malang', 'rutan-surabaya'];
const programmes = ['sulam-malang-2019', 'usaha-malang-2020'];

/** Every page of the query, followed cursor by cursor, and the counts of the first. */
const allPages = async (store: ReadModelStore, query: FollowUpsDueQuery) => {
  const first = await queryFollowUpsDue(store, query);
  const items = [...first.items];
  let next = first.next;
  while (next !== null) {
    // A cursor that does not move on would page for ever: fail instead.
    if (items.length > 1000) throw new Error('the pages never end');
    const page = await queryFollowUpsDue(store, { ...query, after: next });
    expect(page.counts).toEqual(first.counts);
    expect(page.items.length).toBeLessThanOrEqual(query.limit);
    items.push(...page.items);
    next = page.next;
  }
  return { counts: first.counts, items };
};

/** The reference: nextFollowUp over every row of every participant, as queryFollowUpWorklist reads them. */
const expectedWorklist = (byParticipant: readonly (readonly NextFollowUp[])[], today: string, within: (row: NextFollowUp) => boolean) => {
  const items = byParticipant
    .flatMap((rows) => {
      const next = nextFollowUp(rows, today);
      return next === undefined || next.state === 'upcoming' || !within(next) ? [] : [next];
    })
    .sort((a, b) => (a.window_closes_on < b.window_closes_on ? -1 : a.window_closes_on > b.window_closes_on ? 1 : a.participant_id < b.participant_id ? -1 : 1));
  const counts = new Map<string, FollowUpsDueCount>();
  for (const item of items) {
    const key = `${item.milestone}|${item.state}`;
    counts.set(key, { milestone: item.milestone, state: item.state as 'due' | 'overdue', count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const order = (count: FollowUpsDueCount) => [count.milestone, count.state] as const;
  const sorted = [...counts.values()].sort((a, b) => (order(a)[0] !== order(b)[0] ? (order(a)[0] < order(b)[0] ? -1 : 1) : order(a)[1] < order(b)[1] ? -1 : 1));
  return { counts: sorted, items };
};

describe.each(storesUnderTest)('the follow-ups due on $name, a page at a time', ({ open }) => {
  let store: ReadModelStore;
  let dispose: () => Promise<void>;
  const tables = ['follow_up_worklist', 'follow_up_open_listings'] as const;

  beforeAll(async () => {
    ({ store, dispose } = await open('follow_ups_due'));
    await createPhysicalTables(store.db, store.dialect, tables, 1, { indexes: true });
    await pointViewsAt(store.db, store.dialect, tables, 1, { sameLayout: false });
  });
  afterAll(() => dispose());

  /** The rows as the outcomes projection leaves them: the worklist, and its open listings counted (by the reference count). */
  const store_ = async (byParticipant: readonly (readonly FollowUpWorklistRow[])[]) => {
    const rows = byParticipant.flat();
    const written = { follow_up_worklist: rows, follow_up_open_listings: countGroups(openListingsCount, rows as unknown as readonly Row[]) };
    for (const name of tables) {
      await physicalTables(store.db).deleteFrom(physicalTableName(name, 1)).execute();
      if (written[name].length > 0) await physicalTables(store.db).insertInto(physicalTableName(name, 1)).values(written[name] as never).execute();
    }
  };

  it('answers what nextFollowUp gives over every row, in order, for any day, page size, filter and scope', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Released on one of 200 days, or of 3: people then share window dates, so a page's order falls back on
        // the participant id, and rows listed until reached and until a date meet on one page and one day.
        fc.constantFrom(200, 3).chain((releaseDays) => fc.array(arbReleasedStatusRow(facilities, programmes, releaseDays), { minLength: 5, maxLength: 40 })),
        arbFollowUpWindows(),
        arbWorklistDay(),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.subarray(facilities, { minLength: 1 }), { nil: undefined, freq: 2 }),
        fc.option(fc.subarray(programmes, { minLength: 1 }), { nil: undefined, freq: 3 }),
        fc.option(fc.constantFrom(...facilities), { nil: undefined, freq: 2 }),
        fc.option(fc.constantFrom(...programmes), { nil: undefined, freq: 3 }),
        async (statuses, windows, today, limit, scopeFacilities, scopeProgrammes, facilityId, programmeId) => {
          const byParticipant = statuses.map((status) => worklistRows(status, windows) as readonly NextFollowUp[]);
          await store_(byParticipant);
          const scope: ParticipantScope | undefined =
            scopeFacilities === undefined && scopeProgrammes === undefined ? undefined : { facilities: scopeFacilities ?? 'all', programmes: scopeProgrammes ?? 'all' };
          const within = (row: NextFollowUp) =>
            (scopeFacilities === undefined || scopeFacilities.includes(row.current_facility_id)) &&
            (scopeProgrammes === undefined || scopeProgrammes.includes(row.programme_id)) &&
            (facilityId === undefined || row.facility_id === facilityId) &&
            (programmeId === undefined || row.programme_id === programmeId);
          const answered = await allPages(store, {
            today,
            limit,
            ...(scope === undefined ? {} : { scope }),
            ...(facilityId === undefined ? {} : { facilityId }),
            ...(programmeId === undefined ? {} : { programmeId }),
          });
          expect(answered).toEqual(expectedWorklist(byParticipant, today, within));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('merges the rows listed until reached with those listed until a date by window close, then participant id, across pages', async () => {
    const row = (participant: string, milestone: string, listedUntil: string): FollowUpWorklistRow => ({
      participant_id: `0000000${participant}-0000-4000-8000-000000000000`,
      milestone,
      programme_id: programmes[0]!,
      facility_id: facilities[0]!,
      current_facility_id: facilities[0]!,
      home_regency: null,
      released_on: '2020-01-01',
      due_on: '2020-06-15',
      window_opens_on: '2020-06-01',
      window_closes_on: '2020-06-30',
      attempts: 0,
      reached_on: null,
      listed_from: '2020-06-01',
      listed_until: listedUntil,
    });
    // Four people whose rows close the same day: two listed until reached, two until a date, ids interleaved.
    const rows = [row('4', 'M12', '9999-12-31'), row('3', 'M6', '2021-01-01'), row('2', 'M12', '9999-12-31'), row('1', 'M6', '2021-01-01')];
    await store_(rows.map((one) => [one]));
    for (const limit of [1, 2, 3]) {
      const answered = await allPages(store, { today: '2020-07-15', limit });
      expect(answered.items.map((item) => item.participant_id[7])).toEqual(['1', '2', '3', '4']);
      expect(answered.counts).toEqual([
        { milestone: 'M12', state: 'overdue', count: 2 },
        { milestone: 'M6', state: 'overdue', count: 2 },
      ]);
    }
  });

  it('finds one participant, answers the counts alone with limit 0, and nobody for a scope of no units', async () => {
    const statuses = fc.sample(arbReleasedStatusRow(facilities), { numRuns: 30, seed: 7 });
    const byParticipant = statuses.map((status) => worklistRows(status, defaultFollowUpWindows) as readonly NextFollowUp[]);
    await store_(byParticipant);
    const today = '2019-09-01';
    const reference = expectedWorklist(byParticipant, today, () => true);
    expect(reference.items.length).toBeGreaterThan(1);
    const one = reference.items[1]!;
    expect((await queryFollowUpsDue(store, { today, limit: 10, participantId: one.participant_id })).items).toEqual([one]);
    expect(await queryFollowUpsDue(store, { today, limit: 0 })).toEqual({ counts: reference.counts, items: [], next: null });
    expect(await queryFollowUpsDue(store, { today, limit: 10, scope: { facilities: [], programmes: 'all' } })).toEqual({ counts: [], items: [], next: null });
  });
});

describe('the follow-ups due on SQLite', () => {
  const tables = ['follow_up_worklist', 'follow_up_open_listings'] as const;
  let store: ReadModelStore;

  beforeAll(async () => {
    store = await createSqliteReadModelStore({ filename: ':memory:' });
    await createPhysicalTables(store.db, store.dialect, tables, 1, { indexes: true });
    await pointViewsAt(store.db, store.dialect, tables, 1, { sameLayout: false });
  });
  afterAll(() => store.close());

  it('reads a page of the rows listed until reached in index order, never sorting them (SQLite query plans)', async () => {
    const planOf = async (query: FollowUpsDueQuery) => {
      const compiled = pageKeyReads(store.db, query).open.compile();
      const plan = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]));
      return plan.rows.map((row) => row.detail).join('\n');
    };
    const index = (n: number) => `${physicalTableName('follow_up_worklist', 1)}_ix${n}`;
    const today = '2026-12-07';
    const after = { windowClosesOn: '2020-03-01', participantId: '00000000-0000-4000-8000-000000000001' };
    for (const [query, used] of [
      [{ today, limit: 50 }, index(0)],
      [{ today, limit: 50, after }, index(0)],
      [{ today, limit: 50, facilityId: facilities[0]! }, index(2)],
      [{ today, limit: 50, scope: { facilities: [facilities[0]!], programmes: 'all' } }, index(1)],
    ] as const) {
      const plan = await planOf(query);
      expect(plan).toContain(used);
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });
});
