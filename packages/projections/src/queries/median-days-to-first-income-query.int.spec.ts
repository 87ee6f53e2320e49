import { median } from '@binaan/domain';
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
    await createPhysicalTables(store.db, store.dialect, ['participant_status'], 1, { indexes: true });
    await pointViewsAt(store.db, store.dialect, ['participant_status'], 1, { sameLayout: false });
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
});
