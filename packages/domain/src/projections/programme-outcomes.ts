import type { Milestone } from '../vocabulary/milestone';
import { windowDates, type FollowUpWindow } from './follow-up-windows';
import { median, rate } from './median';
import { milestoneAttempts, milestoneEmployment, milestoneReachedOn } from './milestone-columns';
import { reportsWork } from './participant-status-follow-up';
import type { MilestoneOutcomeColumns, ParticipantStatusRow, ProgrammeOutcomeRow } from './read-model-rows';

/** Groups of fewer people than this are flagged (never hidden): their rates say little. */
export const smallGroupThreshold = 10;

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
  const graduated = count(rows, (row) => row.graduated_on !== null);
  const modulesAssessed = sum(rows, (row) => row.modules_assessed);
  const modulesCompetent = sum(rows, (row) => row.modules_competent);
  const m6Working = workingAt(released, 'M6');
  const m12Working = workingAt(released, 'M12');
  const daysToFirstIncome = rows.flatMap((row) => (row.days_to_first_income === null ? [] : [row.days_to_first_income]));
  return {
    ...group,
    as_of_date: referenceDate,
    enrolled: rows.length,
    in_training: count(rows, (row) => row.status === 'in_training'),
    graduated,
    completion_rate: rate(graduated, rows.length),
    modules_assessed: modulesAssessed,
    modules_competent: modulesCompetent,
    competency_rate: rate(modulesCompetent, modulesAssessed),
    released: released.length,
    m1_due: m1.due,
    m1_attempted: m1.attempted,
    m1_reached: m1.reached,
    m1_contact_rate: m1.contactRate,
    m3_due: m3.due,
    m3_attempted: m3.attempted,
    m3_reached: m3.reached,
    m3_contact_rate: m3.contactRate,
    m6_due: m6.due,
    m6_attempted: m6.attempted,
    m6_reached: m6.reached,
    m6_contact_rate: m6.contactRate,
    m12_due: m12.due,
    m12_attempted: m12.attempted,
    m12_reached: m12.reached,
    m12_contact_rate: m12.contactRate,
    m6_working: m6Working,
    m6_working_rate: rate(m6Working, m6.reached),
    m12_working: m12Working,
    m12_working_rate: rate(m12Working, m12.reached),
    first_income_known: daysToFirstIncome.length,
    median_days_to_first_income: median(daysToFirstIncome),
    small_group: rows.length < smallGroupThreshold ? 1 : 0,
  };
};
