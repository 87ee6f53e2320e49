import { smallGroupThreshold, type ProgrammeOutcomeRow } from '@binaan/domain';

const milestones = ['M1', 'M3', 'M6', 'M12'] as const;

/** Every rate travels with its numerator and denominator; with nothing to divide by it is null. */
const ratio = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

type Counts = Omit<ProgrammeOutcomeRow, 'programme_id' | 'facility_id' | 'cohort' | 'as_of_date' | `${string}_rate` | 'median_days_to_first_income' | 'small_group'>;

const countColumns = [
  'enrolled', 'in_training', 'graduated', 'modules_assessed', 'modules_competent', 'released',
  'm1_due', 'm1_attempted', 'm1_reached', 'm3_due', 'm3_attempted', 'm3_reached',
  'm6_due', 'm6_attempted', 'm6_reached', 'm12_due', 'm12_attempted', 'm12_reached',
  'm6_working', 'm12_working', 'first_income_known',
] as const satisfies readonly (keyof Counts)[];

const contactView = (counts: Counts, milestone: (typeof milestones)[number]) => {
  const prefix = milestone.toLowerCase() as 'm1' | 'm3' | 'm6' | 'm12';
  return {
    due: counts[`${prefix}_due`],
    attempted: counts[`${prefix}_attempted`],
    reached: counts[`${prefix}_reached`],
    contactRate: ratio(counts[`${prefix}_reached`], counts[`${prefix}_due`]),
  };
};

const figures = (counts: Counts, medianDaysToFirstIncome: number | null) => ({
  enrolled: counts.enrolled,
  inTraining: counts.in_training,
  graduated: counts.graduated,
  released: counts.released,
  completionRate: ratio(counts.graduated, counts.enrolled),
  competencyRate: ratio(counts.modules_competent, counts.modules_assessed),
  contact: Object.fromEntries(milestones.map((milestone) => [milestone, contactView(counts, milestone)])),
  workingAtM6: ratio(counts.m6_working, counts.m6_reached),
  workingAtM12: ratio(counts.m12_working, counts.m12_reached),
  daysToFirstIncome: { median: medianDaysToFirstIncome, known: counts.first_income_known },
  smallGroup: counts.enrolled < smallGroupThreshold,
});

/** One programme × facility × cohort group of programme_outcomes. */
export const outcomeGroupView = (row: ProgrammeOutcomeRow) => ({
  programmeId: row.programme_id,
  facilityId: row.facility_id,
  cohort: row.cohort,
  ...figures(row, row.median_days_to_first_income),
});

const summed = (rows: readonly ProgrammeOutcomeRow[]): Counts =>
  Object.fromEntries(countColumns.map((column) => [column, rows.reduce((total, row) => total + row[column], 0)])) as unknown as Counts;

/**
 * The groups, their sum, and the funnel from the sum. Each funnel step names its own denominator:
 * release does not wait for graduation, and only people due a month-6 contact can be reached then.
 * A median cannot be added up, so the total's median is given only when there is a single group.
 */
export const outcomesView = (rows: readonly ProgrammeOutcomeRow[], asOfDate: string | null) => {
  const total = summed(rows);
  const totalFigures = figures(total, rows.length === 1 ? (rows[0]?.median_days_to_first_income ?? null) : null);
  return {
    asOfDate,
    total: totalFigures,
    funnel: [
      { step: 'enrolled', count: total.enrolled, of: null, denominator: null },
      { step: 'graduated', count: total.graduated, of: 'enrolled', denominator: total.enrolled },
      { step: 'released', count: total.released, of: 'enrolled', denominator: total.enrolled },
      { step: 'reachedAtM6', count: total.m6_reached, of: 'dueAtM6', denominator: total.m6_due },
      { step: 'workingAtM6', count: total.m6_working, of: 'reachedAtM6', denominator: total.m6_reached },
    ],
    groups: rows.map(outcomeGroupView),
  };
};

export type OutcomesView = ReturnType<typeof outcomesView>;
