import {
  exitsOutsideProgrammeControl,
  incomeBands,
  median,
  rate,
  returnedWithinWindow,
  returnWindowHasClosed,
  windowDates,
  type ExitReason,
  type FollowUpWindow,
  type IncomeBand,
  type LocalDate,
  type Milestone,
} from '@binaan/domain';
import { milestoneAttempts, milestoneReachedOn } from '../participant-status/milestone-columns';
import type { MilestoneOutcomeColumns, ParticipantStatusRow, ProgrammeOutcomeRow } from '../read-model-rows';
import { outcomeRates, workCountColumns, type OutcomeCounts } from './outcome-figures';

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

const incomeBandCount = (released: readonly ParticipantStatusRow[], prefix: 'm6' | 'm12', band: IncomeBand): number =>
  count(released, (row) => row[`${prefix}_income_band`] === band);

/** Work at a milestone: working (of reached and of due), the trained skill, and the income bands reported. */
const workOutcome = <P extends 'm6' | 'm12'>(released: readonly ParticipantStatusRow[], prefix: P) => {
  const working = count(released, (row) => row[`${prefix}_working`] === 1);
  const bands = Object.fromEntries(incomeBands.map((band) => [`${prefix}_income_${band}`, incomeBandCount(released, prefix, band)]));
  return {
    [`${prefix}_working`]: working,
    [`${prefix}_working_trained_skill`]: count(released, (row) => row[`${prefix}_uses_trained_skill`] === 1),
    ...bands,
  } as Pick<OutcomeCounts, ReturnType<typeof workCountColumns<P>>[number]>;
};

const exitsBy = (rows: readonly ParticipantStatusRow[], reason: ExitReason): number => count(rows, (row) => row.exit_reason === reason);

/** The people released long enough ago for a return within twelve months to be known, and those of them who came back within it. */
const returnsWithinWindow = (released: readonly ParticipantStatusRow[], referenceDate: LocalDate) => {
  const windowClosed = released.filter((row) => returnWindowHasClosed(row.released_on as LocalDate, referenceDate));
  return {
    released_12m_ago: windowClosed.length,
    returned_within_12m: count(windowClosed, (row) => returnedWithinWindow(row.released_on as LocalDate, row.returned_to_custody_on as LocalDate | null)),
  };
};

/** The median days from release to first income of these participants: the one way to get a median of a total. */
export const medianDaysToFirstIncome = (rows: readonly Pick<ParticipantStatusRow, 'days_to_first_income'>[]): number | null =>
  median(rows.flatMap((row) => (row.days_to_first_income === null ? [] : [row.days_to_first_income])));

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
  const counts: OutcomeCounts = {
    enrolled: rows.length,
    in_training: count(rows, (row) => row.status === 'in_training'),
    graduated: count(rows, (row) => row.graduated_on !== null),
    exited: count(rows, (row) => row.exit_reason !== null),
    exited_transferred_out: exitsBy(rows, 'transferred_out'),
    exited_withdrew: exitsBy(rows, 'withdrew'),
    exited_health: exitsBy(rows, 'health'),
    exited_died: exitsBy(rows, 'died'),
    exited_escaped: exitsBy(rows, 'escaped'),
    exited_disciplinary: exitsBy(rows, 'disciplinary'),
    exited_other: exitsBy(rows, 'other'),
    exited_outside_control: count(rows, (row) => (exitsOutsideProgrammeControl as readonly (string | null)[]).includes(row.exit_reason)),
    modules_assessed: sum(rows, (row) => row.modules_assessed),
    modules_competent: sum(rows, (row) => row.modules_competent),
    modules_competent_first_attempt: sum(rows, (row) => row.modules_competent_first_attempt),
    released: released.length,
    ...returnsWithinWindow(released, referenceDate as LocalDate),
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
    ...workOutcome(released, 'm6'),
    ...workOutcome(released, 'm12'),
    first_income_known: count(rows, (row) => row.days_to_first_income !== null),
  };
  return {
    ...group,
    as_of_date: referenceDate,
    ...counts,
    ...outcomeRates(counts),
    median_days_to_first_income: medianDaysToFirstIncome(rows),
  };
};
