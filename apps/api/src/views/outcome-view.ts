import { milestones, type Milestone } from '@binaan/domain';
import { outcomeFunnel, outcomeTotal, type OutcomeTotal, type ProgrammeOutcomeRow } from '@binaan/projections';

/** A rate as the read model holds it, with the numerator and denominator it was worked out from. */
const ratio = (numerator: number, denominator: number, rate: number | null) => ({ numerator, denominator, rate });

type Figures = OutcomeTotal;

const prefixOf = (milestone: Milestone) => milestone.toLowerCase() as 'm1' | 'm3' | 'm6' | 'm12';

const contactView = (row: Figures, milestone: Milestone) => {
  const prefix = prefixOf(milestone);
  return {
    due: row[`${prefix}_due`],
    attempted: row[`${prefix}_attempted`],
    reached: row[`${prefix}_reached`],
    contactRate: ratio(row[`${prefix}_reached`], row[`${prefix}_due`], row[`${prefix}_contact_rate`]),
  };
};

const figures = (row: Figures) => ({
  enrolled: row.enrolled,
  inTraining: row.in_training,
  graduated: row.graduated,
  released: row.released,
  completionRate: ratio(row.graduated, row.enrolled, row.completion_rate),
  competencyRate: ratio(row.modules_competent, row.modules_assessed, row.competency_rate),
  contact: Object.fromEntries(milestones.map((milestone) => [milestone, contactView(row, milestone)])),
  workingAtM6: ratio(row.m6_working, row.m6_reached, row.m6_working_rate),
  workingAtM12: ratio(row.m12_working, row.m12_reached, row.m12_working_rate),
  daysToFirstIncome: { median: row.median_days_to_first_income, known: row.first_income_known },
  smallGroup: row.small_group === 1,
});

/** One programme × facility × cohort group of programme_outcomes. */
export const outcomeGroupView = (row: ProgrammeOutcomeRow) => ({
  programmeId: row.programme_id,
  facilityId: row.facility_id,
  cohort: row.cohort,
  ...figures(row),
});

/** The groups, their total and the funnel, each figure as the read model defines it. */
export const outcomesView = (rows: readonly ProgrammeOutcomeRow[], asOfDate: string | null) => {
  const total = outcomeTotal(rows);
  return {
    asOfDate,
    total: figures(total),
    funnel: outcomeFunnel(total),
    groups: rows.map(outcomeGroupView),
  };
};

export type OutcomesView = ReturnType<typeof outcomesView>;
