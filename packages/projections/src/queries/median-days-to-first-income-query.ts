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
 * The median days from release to first income over the participants of the groups, worked out by the
 * database: a count, then the one or two middle values by ORDER BY … OFFSET. A total's median cannot
 * be had from its groups' medians, and reading every participant's row for it would grow with the
 * programme; this reads two numbers. The same definition as the domain's `median` (with an even count,
 * the mean of the two middle values), which a spec holds it to.
 */
export const queryMedianDaysToFirstIncome = async (readModels: ReadModelStore, filter: MedianFilter = {}): Promise<number | null> => {
  if (filter.facilityIds?.length === 0 || filter.programmeIds?.length === 0) return null;
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
