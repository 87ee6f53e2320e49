import { median, rate, reportsWork, windowDates, type FollowUpWindow, type Milestone } from '@binaan/domain';
import { milestoneAttempts, milestoneEmployment, milestoneReachedOn } from '../participant-status/milestone-columns';
import type { MilestoneOutcomeColumns, ParticipantStatusRow, ProgrammeOutcomeRow } from '../read-model-rows';
import { outcomeRates, type OutcomeCounts } from './outcome-figures';

export interface OutcomeGroup {
  readonly programme_id: string;
  readonly facility_id: string;
  readonly cohort: string;
}

const count = (rows: readonly ParticipantStatusRow[], holds: (row: ParticipantStatusRow) => boolean): number =>
  rows.reduce((total, row) => total + (holds(row) ? 1 : 0), 0);

const sum = (rows: readonly ParticipantStatusRow[], value: (row: ParticipantStatusRow) => number): number =>
  rows.reduce((total, row) => total + value(row), 0);

/**
 * Due: released, and either the window has closed by the reference date or a contact was already
 * counted for the milestone (an early contact makes it due before its window closes).
 */
const milestoneOutcome = (
  released: readonly ParticipantStatusRow[],
  window: FollowUpWindow | undefined,
  milestone: Milestone,
  referenceDate: string,
): MilestoneOutcomeColumns => {
  const isDue = (row: ParticipantStatusRow): boolean =>
    milestoneAttempts(row, milestone) > 0 ||
    (window !== undefined && row.released_on !== null && windowDates(row.released_on, window).closesOn < referenceDate);
  const due = count(released, isDue);
  const reached = count(released, (row) => milestoneReachedOn(row, milestone) !== null);
  return {
    due,
    attempted: count(released, (row) => milestoneAttempts(row, milestone) > 0),
    reached,
    contactRate: rate(reached, due),
  };
};

const workingAt = (released: readonly ParticipantStatusRow[], milestone: Milestone): number =>
  count(released, (row) => reportsWork(milestoneEmployment(row, milestone)));

/** programme_outcomes for one programme × facility × cohort, from its participants' status rows. */
export const programmeOutcome = (
  group: OutcomeGroup,
  rows: readonly ParticipantStatusRow[],
  referenceDate: string,
  windows: readonly FollowUpWindow[],
): ProgrammeOutcomeRow => {
  const released = rows.filter((row) => row.released_on !== null);
  const windowOf = (milestone: Milestone): FollowUpWindow | undefined => windows.find((w) => w.milestone === milestone);
  const [m1, m3, m6, m12] = (['M1', 'M3', 'M6', 'M12'] as const).map((milestone) =>
    milestoneOutcome(released, windowOf(milestone), milestone, referenceDate),
  ) as [MilestoneOutcomeColumns, MilestoneOutcomeColumns, MilestoneOutcomeColumns, MilestoneOutcomeColumns];
  const daysToFirstIncome = rows.flatMap((row) => (row.days_to_first_income === null ? [] : [row.days_to_first_income]));
  const counts: OutcomeCounts = {
    enrolled: rows.length,
    in_training: count(rows, (row) => row.status === 'in_training'),
    graduated: count(rows, (row) => row.graduated_on !== null),
    modules_assessed: sum(rows, (row) => row.modules_assessed),
    modules_competent: sum(rows, (row) => row.modules_competent),
    released: released.length,
    m1_due: m1.due,
    m1_attempted: m1.attempted,
    m1_reached: m1.reached,
    m3_due: m3.due,
    m3_attempted: m3.attempted,
    m3_reached: m3.reached,
    m6_due: m6.due,
    m6_attempted: m6.attempted,
    m6_reached: m6.reached,
    m12_due: m12.due,
    m12_attempted: m12.attempted,
    m12_reached: m12.reached,
    m6_working: workingAt(released, 'M6'),
    m12_working: workingAt(released, 'M12'),
    first_income_known: daysToFirstIncome.length,
  };
  const rates = outcomeRates(counts);
  return {
    ...group,
    as_of_date: referenceDate,
    enrolled: counts.enrolled,
    in_training: counts.in_training,
    graduated: counts.graduated,
    completion_rate: rates.completion_rate,
    modules_assessed: counts.modules_assessed,
    modules_competent: counts.modules_competent,
    competency_rate: rates.competency_rate,
    released: counts.released,
    m1_due: counts.m1_due,
    m1_attempted: counts.m1_attempted,
    m1_reached: counts.m1_reached,
    m1_contact_rate: rates.m1_contact_rate,
    m3_due: counts.m3_due,
    m3_attempted: counts.m3_attempted,
    m3_reached: counts.m3_reached,
    m3_contact_rate: rates.m3_contact_rate,
    m6_due: counts.m6_due,
    m6_attempted: counts.m6_attempted,
    m6_reached: counts.m6_reached,
    m6_contact_rate: rates.m6_contact_rate,
    m12_due: counts.m12_due,
    m12_attempted: counts.m12_attempted,
    m12_reached: counts.m12_reached,
    m12_contact_rate: rates.m12_contact_rate,
    m6_working: counts.m6_working,
    m6_working_rate: rates.m6_working_rate,
    m12_working: counts.m12_working,
    m12_working_rate: rates.m12_working_rate,
    first_income_known: counts.first_income_known,
    median_days_to_first_income: median(daysToFirstIncome),
    small_group: rates.small_group,
  };
};
