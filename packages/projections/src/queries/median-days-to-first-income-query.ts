import type { ReadModelStore } from '../store/read-model-store';
import type { GroupFilter } from './outcome-queries';

/** The groups of a total: the read model's group filter and an inclusive range of cohorts (`YYYY-MM`). */
export interface MedianFilter extends GroupFilter {
  readonly cohortFrom?: string;
  readonly cohortTo?: string;
  /** Only the groups of these enrolling units (a caller's scope); none when empty. */
  readonly facilityIds?: readonly string[];
  /** Only the groups of these programmes (a caller's scope); none when empty. */
  readonly programmeIds?: readonly string[];
}

/**
 * When the filter names one group (programme, enrolling unit and cohort), the median programme_outcomes
 * keeps for it: the domain's median of the same participants, computed with the group's other figures,
 * which the caller shows beside it. Undefined when the filter is not one group, or before that group's
 * figures are first computed. A scope that leaves the group out gives null: nobody.
 */
const storedGroupMedian = async (readModels: ReadModelStore, filter: MedianFilter): Promise<number | null | undefined> => {
  const { programmeId, facilityId, cohort } = filter;
  if (programmeId === undefined || facilityId === undefined || cohort === undefined) return undefined;
  if ((filter.cohortFrom !== undefined && cohort < filter.cohortFrom) || (filter.cohortTo !== undefined && cohort > filter.cohortTo)) return null;
  if ((filter.facilityIds !== undefined && !filter.facilityIds.includes(facilityId)) || (filter.programmeIds !== undefined && !filter.programmeIds.includes(programmeId))) {
    return null;
  }
  const row = await readModels.db
    .selectFrom('programme_outcomes')
    .select('median_days_to_first_income')
    .where('programme_id', '=', programmeId)
    .where('facility_id', '=', facilityId)
    .where('cohort', '=', cohort)
    .executeTakeFirst();
  return row === undefined ? undefined : row.median_days_to_first_income === null ? null : Number(row.median_days_to_first_income);
};

/**
 * The median days from release to first income over the participants of the groups, worked out by the
 * database: a count, then the one or two middle values by ORDER BY … OFFSET. A total's median cannot
 * be had from its groups' medians, and reading every participant's row for it would grow with the
 * programme; this reads two numbers. The same definition as the domain's `median` (with an even count,
 * the mean of the two middle values), which a spec holds it to.
 */
export const queryMedianDaysToFirstIncome = async (readModels: ReadModelStore, filter: MedianFilter = {}): Promise<number | null> => {
  if (filter.facilityIds?.length === 0 || filter.programmeIds?.length === 0) return null;
  const stored = await storedGroupMedian(readModels, filter);
  if (stored !== undefined) return stored;
  let selected = readModels.db.selectFrom('participant_status').where('days_to_first_income', 'is not', null);
  if (filter.facilityIds !== undefined) selected = selected.where('facility_id', 'in', [...filter.facilityIds]);
  if (filter.programmeIds !== undefined) selected = selected.where('programme_id', 'in', [...filter.programmeIds]);
  if (filter.programmeId !== undefined) selected = selected.where('programme_id', '=', filter.programmeId);
  if (filter.facilityId !== undefined) selected = selected.where('facility_id', '=', filter.facilityId);
  if (filter.cohort !== undefined) selected = selected.where('cohort', '=', filter.cohort);
  if (filter.cohortFrom !== undefined) selected = selected.where('cohort', '>=', filter.cohortFrom);
  if (filter.cohortTo !== undefined) selected = selected.where('cohort', '<=', filter.cohortTo);
  const counted = await selected.select((eb) => eb.fn.countAll().as('known')).executeTakeFirst();
  const known = Number(counted?.known ?? 0);
  if (known === 0) return null;
  const middle = await selected
    .select('days_to_first_income')
    .orderBy('days_to_first_income')
    .limit(known % 2 === 1 ? 1 : 2)
    .offset(Math.floor((known - 1) / 2))
    .execute();
  const values = middle.map((row) => Number(row.days_to_first_income));
  return values.reduce((total, value) => total + value, 0) / values.length;
};
