import { exitReasons, incomeBands, milestones, type Milestone } from '@binaan/domain';
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

/** Work at M6 or M12: of those reached and of those due side by side, the trained skill, the income bands. */
const workView = (row: Figures, prefix: 'm6' | 'm12') => ({
  ofReached: ratio(row[`${prefix}_working`], row[`${prefix}_reached`], row[`${prefix}_working_rate`]),
  ofDue: ratio(row[`${prefix}_working`], row[`${prefix}_due`], row[`${prefix}_working_rate_of_due`]),
  usingTrainedSkill: ratio(row[`${prefix}_working_trained_skill`], row[`${prefix}_working`], row[`${prefix}_trained_skill_rate`]),
  incomeBands: Object.fromEntries(incomeBands.map((band) => [band, row[`${prefix}_income_${band}`]])),
});

/** The figures of a group or a total, each rate with its numerator and denominator. */
export const outcomeFigures = (row: Figures) => ({
  enrolled: row.enrolled,
  inTraining: row.in_training,
  graduated: row.graduated,
  released: row.released,
  exits: {
    total: row.exited,
    byReason: Object.fromEntries(exitReasons.map((reason) => [reason, row[`exited_${reason}`]])),
    outsideProgrammeControl: row.exited_outside_control,
  },
  completionRate: ratio(row.graduated, row.enrolled, row.completion_rate),
  completionRateExcludingOutsideExits: ratio(
    row.graduated,
    row.enrolled - row.exited_outside_control,
    row.completion_rate_excluding_outside_exits,
  ),
  competencyRate: ratio(row.modules_competent, row.modules_assessed, row.competency_rate),
  firstAttemptCompetencyRate: ratio(row.modules_competent_first_attempt, row.modules_assessed, row.first_attempt_competency_rate),
  contact: Object.fromEntries(milestones.map((milestone) => [milestone, contactView(row, milestone)])),
  workingAtM6: ratio(row.m6_working, row.m6_reached, row.m6_working_rate),
  workingAtM12: ratio(row.m12_working, row.m12_reached, row.m12_working_rate),
  workAtM6: workView(row, 'm6'),
  workAtM12: workView(row, 'm12'),
  returnedToCustodyWithin12Months: ratio(row.returned_within_12m, row.released_12m_ago, row.return_to_custody_12m_rate),
  daysToFirstIncome: { median: row.median_days_to_first_income, known: row.first_income_known },
  smallGroup: row.small_group === 1,
});

/** One programme × facility × cohort group of programme_outcomes. */
export const outcomeGroupView = (row: ProgrammeOutcomeRow) => ({
  programmeId: row.programme_id,
  facilityId: row.facility_id,
  cohort: row.cohort,
  suppressed: false as const,
  ...outcomeFigures(row),
});

/**
 * A small group as a viewer sees it: that it exists and that it has fewer than ten people, no count
 * and no rate, so that no one's status can be read through a cohort of one.
 */
export const suppressedGroupView = (row: ProgrammeOutcomeRow) => ({
  programmeId: row.programme_id,
  facilityId: row.facility_id,
  cohort: row.cohort,
  suppressed: true as const,
  enrolled: '<10' as const,
  smallGroup: true as const,
});

export interface OutcomesViewOptions {
  /** The median days to first income of the participants of every group shown: medians do not add up. */
  readonly medianDaysToFirstIncome: number | null;
  /** Viewers see small groups suppressed; staff and auditors see them flagged. */
  readonly suppressSmallGroups: boolean;
}

/**
 * The groups, their total and the funnel, each figure as the read model defines it. A total that is
 * itself a small group is suppressed for viewers as a group is.
 */
export const outcomesView = (rows: readonly ProgrammeOutcomeRow[], asOfDate: string | null, options: OutcomesViewOptions) => {
  const total = outcomeTotal(rows, options.medianDaysToFirstIncome);
  const suppressTotal = options.suppressSmallGroups && rows.length > 0 && total.small_group === 1;
  return {
    asOfDate,
    total: suppressTotal ? { suppressed: true as const, enrolled: '<10' as const, smallGroup: true as const } : { suppressed: false as const, ...outcomeFigures(total) },
    funnel: suppressTotal ? [] : outcomeFunnel(total),
    groups: rows.map((row) => (options.suppressSmallGroups && row.small_group === 1 ? suppressedGroupView(row) : outcomeGroupView(row))),
  };
};

export type OutcomesView = ReturnType<typeof outcomesView>;
