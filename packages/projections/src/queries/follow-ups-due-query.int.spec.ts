import { defaultFollowUpWindows, type ParticipantScope } from '@binaan/domain';
import fc from 'fast-check';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { arbFollowUpWindows, arbReleasedStatusRow, arbWorklistDay } from '../fixtures/worklist-arbitraries.fixture';
import { nextFollowUp, worklistRows, type NextFollowUp } from '../read-models/follow-up-worklist/follow-up-worklist';
import { physicalTables } from '../schema/database';
import { createPhysicalTables, physicalTableName, pointViewsAt } from '../schema/physical-tables';
import type { ReadModelStore } from '../store/read-model-store';
import { queryFollowUpsDue, type FollowUpsDueCount, type FollowUpsDueQuery } from './follow-ups-due-query';

const facilities = ['lapas-perempuan-malang', 'lapas-kelas-i-malang', 'rutan-surabaya'];

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
  const table = physicalTableName('follow_up_worklist', 1);

  beforeAll(async () => {
    ({ store, dispose } = await open('follow_ups_due'));
    await createPhysicalTables(store.db, store.dialect, ['follow_up_worklist'], 1, { indexes: true });
    await pointViewsAt(store.db, store.dialect, ['follow_up_worklist'], 1, { sameLayout: false });
  });
  afterAll(() => dispose());

  const store_ = async (byParticipant: readonly (readonly NextFollowUp[] | readonly object[])[]) => {
    await physicalTables(store.db).deleteFrom(table).execute();
    const rows = byParticipant.flat();
    if (rows.length > 0) await physicalTables(store.db).insertInto(table).values(rows as never).execute();
  };

  it('answers what nextFollowUp gives over every row, in order, for any day, page size, filter and scope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbReleasedStatusRow(facilities), { minLength: 5, maxLength: 40 }),
        arbFollowUpWindows(),
        arbWorklistDay(),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.subarray(facilities, { minLength: 1 }), { nil: undefined, freq: 2 }),
        fc.option(fc.constantFrom(...facilities), { nil: undefined, freq: 2 }),
        async (statuses, windows, today, limit, scopeFacilities, facilityId) => {
          const byParticipant = statuses.map((status) => worklistRows(status, windows) as readonly NextFollowUp[]);
          await store_(byParticipant);
          const scope: ParticipantScope | undefined = scopeFacilities === undefined ? undefined : { facilities: scopeFacilities, programmes: 'all' };
          const within = (row: NextFollowUp) =>
            (scopeFacilities === undefined || scopeFacilities.includes(row.current_facility_id)) && (facilityId === undefined || row.facility_id === facilityId);
          const answered = await allPages(store, { today, limit, ...(scope === undefined ? {} : { scope }), ...(facilityId === undefined ? {} : { facilityId }) });
          expect(answered).toEqual(expectedWorklist(byParticipant, today, within));
        },
      ),
      { numRuns: 100 },
    );
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
