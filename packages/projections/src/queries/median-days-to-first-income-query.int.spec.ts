import { defaultFollowUpWindows, median } from '@binaan/domain';
import { programmeOutcome } from '../read-models/programme-outcomes/programme-outcomes';
import fc from 'fast-check';
import { participantStatusRowOf } from '../fixtures/participant-status-row.fixture';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { physicalTables } from '../schema/database';
import { createPhysicalTables, physicalTableName, pointViewsAt } from '../schema/physical-tables';
import type { ReadModelStore } from '../store/read-model-store';
import { queryMedianDaysToFirstIncome } from './median-days-to-first-income-query';

describe.each(storesUnderTest)('the median days to first income on $name', ({ open }) => {
  let store: ReadModelStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, dispose } = await open('median'));
    await createPhysicalTables(store.db, store.dialect, ['participant_status', 'programme_outcomes'], 1, { indexes: true });
    await pointViewsAt(store.db, store.dialect, ['participant_status', 'programme_outcomes'], 1, { sameLayout: false });
  });
  afterAll(() => dispose());

  const units = ['lapas-perempuan-malang', 'lapas-kelas-i-malang', 'rutan-surabaya'];

  it('equals the domain median of the same participants, for any days, any filter and any set of units (a scope)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            days: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
            cohort: fc.constantFrom('2019-03', '2019-09', '2020-01'),
            facility: fc.constantFrom(...units),
          }),
          { maxLength: 30 },
        ),
        fc.constantFrom(undefined, '2019-09'),
        fc.option(fc.subarray(units), { nil: undefined }),
        async (people, cohortFrom, facilityIds) => {
          const table = physicalTables(store.db);
          await table.deleteFrom(physicalTableName('participant_status', 1)).execute();
          const rows = people.map(({ days, cohort, facility }) => participantStatusRowOf({ days_to_first_income: days, cohort, facility_id: facility }));
          if (rows.length > 0) await table.insertInto(physicalTableName('participant_status', 1)).values(rows as never).execute();
          const chosen = rows.filter((row) => (cohortFrom === undefined || row.cohort >= cohortFrom) && (facilityIds === undefined || facilityIds.includes(row.facility_id)));
          const expected = median(chosen.flatMap((row) => (row.days_to_first_income === null ? [] : [row.days_to_first_income])));
          const filter = { ...(cohortFrom === undefined ? {} : { cohortFrom }), ...(facilityIds === undefined ? {} : { facilityIds }) };
          expect(await queryMedianDaysToFirstIncome(store, filter)).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('for one group answers the median its figures keep, the same as over its participants; a scope without it gives none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ days: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }), cohort: fc.constantFrom('2019-03', '2019-09'), facility: fc.constantFrom(...units) }),
          { maxLength: 30 },
        ),
        fc.constantFrom('2019-03', '2019-09'),
        fc.constantFrom(...units),
        fc.option(fc.subarray(units), { nil: undefined }),
        fc.option(fc.constantFrom('2019-01', '2019-06'), { nil: undefined }),
        async (people, cohort, facilityId, facilityIds, cohortFrom) => {
          const table = physicalTables(store.db);
          const rows = people.map(({ days, cohort: of, facility }) => participantStatusRowOf({ days_to_first_income: days, cohort: of, facility_id: facility }));
          const groups = [...new Set(rows.map((row) => `${row.facility_id}|${row.cohort}`))].map((key) => {
            const [facility, of] = key.split('|') as [string, string];
            const members = rows.filter((row) => row.facility_id === facility && row.cohort === of);
            return programmeOutcome({ programme_id: members[0]!.programme_id, facility_id: facility, cohort: of }, members, '2021-06-30', defaultFollowUpWindows);
          });
          for (const [name, written] of [['participant_status', rows], ['programme_outcomes', groups]] as const) {
            await table.deleteFrom(physicalTableName(name, 1)).execute();
            if (written.length > 0) await table.insertInto(physicalTableName(name, 1)).values(written as never).execute();
          }
          const programmeId = participantStatusRowOf().programme_id;
          const chosen = rows.filter(
            (row) =>
              row.facility_id === facilityId &&
              row.cohort === cohort &&
              (facilityIds === undefined || facilityIds.includes(row.facility_id)) &&
              (cohortFrom === undefined || row.cohort >= cohortFrom),
          );
          const expected = median(chosen.flatMap((row) => (row.days_to_first_income === null ? [] : [row.days_to_first_income])));
          const filter = { programmeId, facilityId, cohort, ...(facilityIds === undefined ? {} : { facilityIds }), ...(cohortFrom === undefined ? {} : { cohortFrom }) };
          expect(await queryMedianDaysToFirstIncome(store, filter)).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('for one group takes the median from its figures, even when they were computed before her latest row (as the figures shown beside it were)', async () => {
    const table = physicalTables(store.db);
    const rows = [participantStatusRowOf({ days_to_first_income: 10 }), participantStatusRowOf({ days_to_first_income: 30 })];
    const { programme_id, facility_id, cohort } = rows[0]!;
    const figures = programmeOutcome({ programme_id, facility_id, cohort }, rows.slice(0, 1), '2021-06-30', defaultFollowUpWindows);
    for (const [name, written] of [['participant_status', rows], ['programme_outcomes', [figures]]] as const) {
      await table.deleteFrom(physicalTableName(name, 1)).execute();
      await table.insertInto(physicalTableName(name, 1)).values(written as never).execute();
    }
    expect(await queryMedianDaysToFirstIncome(store, { programmeId: programme_id, facilityId: facility_id, cohort })).toBe(10);
    expect(await queryMedianDaysToFirstIncome(store, { programmeId: programme_id, facilityId: facility_id })).toBe(20);
    await table.deleteFrom(physicalTableName('programme_outcomes', 1)).execute();
    expect(await queryMedianDaysToFirstIncome(store, { programmeId: programme_id, facilityId: facility_id, cohort })).toBe(20);
  });
});

