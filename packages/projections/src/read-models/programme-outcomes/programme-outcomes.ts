import { incomeBands, median, type ExitReason, type FollowUpWindow, type IncomeBand } from '@binaan/domain';
import { milestoneAttempts } from '../participant-status/milestone-columns';
import type { ParticipantStatusRow, ProgrammeOutcomeRow } from '../read-model-rows';
import { outcomeRates, sumOutcomeCounts, workCountColumns, type OutcomeCounts } from './outcome-figures';
import { aggregateInParts } from '../row-projection';
import { countHolding, hasExitedOutsideProgrammeControl, peopleFigures, type MembershipContext } from './outcome-membership';

export interface OutcomeGroup {
  readonly programme_id: string;
  readonly facility_id: string;
  readonly cohort: string;
}

const count = (rows: readonly ParticipantStatusRow[], holds: (row: ParticipantStatusRow) => boolean): number =>
  rows.reduce((total, row) => total + (holds(row) ? 1 : 0), 0);

const sum = (rows: readonly ParticipantStatusRow[], value: (row: ParticipantStatusRow) => number): number =>
  rows.reduce((total, row) => total + value(row), 0);

/** Work at a milestone: working, the trained skill, and the income bands reported at the reached contact. */
const workOutcome = <P extends 'm6' | 'm12'>(rows: readonly ParticipantStatusRow[], prefix: P, context: MembershipContext) => {
  const [working, trainedSkill] = prefix === 'm6' ? [peopleFigures.workingM6OfDue, peopleFigures.trainedSkillM6] : [peopleFigures.workingM12OfDue, peopleFigures.trainedSkillM12];
  const released = rows.filter((row) => row.released_on !== null);
  const bands = Object.fromEntries(
    incomeBands.map((band: IncomeBand) => [`${prefix}_income_${band}`, count(released, (row) => row[`${prefix}_income_band`] === band)]),
  );
  return {
    [`${prefix}_working`]: countHolding(rows, working.numerator, context),
    [`${prefix}_working_trained_skill`]: countHolding(rows, trainedSkill.numerator, context),
    ...bands,
  } as Pick<OutcomeCounts, ReturnType<typeof workCountColumns<P>>[number]>;
};

const exitsBy = (rows: readonly ParticipantStatusRow[], reason: ExitReason): number => count(rows, (row) => row.exit_reason === reason);

/** The median days from release to first income of these participants: the one way to get a median of a total. */
export const medianDaysToFirstIncome = (rows: readonly Pick<ParticipantStatusRow, 'days_to_first_income'>[]): number | null =>
  median(daysToFirstIncome(rows));

/**
 * What programme_outcomes counts of some participants: every column a count of people or assessments,
 * so the counts of a group are the sums of the counts of its parts (sumOutcomeCounts). Every count of
 * people uses the test of `peopleFigures`, so an auditor's list of a figure's members is the list
 * this counted.
 */
export const outcomeCounts = (rows: readonly ParticipantStatusRow[], referenceDate: string, windows: readonly FollowUpWindow[]): OutcomeCounts => {
  const context: MembershipContext = { referenceDate, windows };
  const people = (holds: (row: ParticipantStatusRow, context: MembershipContext) => boolean) => countHolding(rows, holds, context);
  const contact = (figure: (typeof peopleFigures)['contactM1']) => ({
    due: people(figure.denominator),
    reached: people(figure.numerator),
  });
  const [m1, m3, m6, m12] = [peopleFigures.contactM1, peopleFigures.contactM3, peopleFigures.contactM6, peopleFigures.contactM12].map(contact) as [
    { due: number; reached: number },
    { due: number; reached: number },
    { due: number; reached: number },
    { due: number; reached: number },
  ];
  const attempted = (milestone: 'M1' | 'M3' | 'M6' | 'M12') => count(rows, (row) => row.released_on !== null && milestoneAttempts(row, milestone) > 0);
  const counts: OutcomeCounts = {
    enrolled: rows.length,
    in_training: count(rows, (row) => row.status === 'in_training'),
    graduated: people(peopleFigures.completion.numerator),
    exited: people(peopleFigures.exited.numerator),
    exited_transferred_out: exitsBy(rows, 'transferred_out'),
    exited_withdrew: exitsBy(rows, 'withdrew'),
    exited_health: exitsBy(rows, 'health'),
    exited_died: exitsBy(rows, 'died'),
    exited_escaped: exitsBy(rows, 'escaped'),
    exited_disciplinary: exitsBy(rows, 'disciplinary'),
    exited_other: exitsBy(rows, 'other'),
    exited_outside_control: count(rows, hasExitedOutsideProgrammeControl),
    modules_assessed: sum(rows, (row) => row.modules_assessed),
    modules_competent: sum(rows, (row) => row.modules_competent),
    modules_competent_first_attempt: sum(rows, (row) => row.modules_competent_first_attempt),
    released: people(peopleFigures.released.numerator),
    released_12m_ago: people(peopleFigures.returnedToCustodyWithin12Months.denominator),
    returned_within_12m: people(peopleFigures.returnedToCustodyWithin12Months.numerator),
    m1_due: m1.due,
    m1_attempted: attempted('M1'),
    m1_reached: m1.reached,
    m3_due: m3.due,
    m3_attempted: attempted('M3'),
    m3_reached: m3.reached,
    m6_due: m6.due,
    m6_attempted: attempted('M6'),
    m6_reached: m6.reached,
    m12_due: m12.due,
    m12_attempted: attempted('M12'),
    m12_reached: m12.reached,
    ...workOutcome(rows, 'm6', context),
    ...workOutcome(rows, 'm12', context),
    first_income_known: people(peopleFigures.firstIncomeKnown.numerator),
  };
  return counts;
};

/** The days from release to first income of those who reported one: what the median is taken of. */
export const daysToFirstIncome = (rows: readonly Pick<ParticipantStatusRow, 'days_to_first_income'>[]): readonly number[] =>
  rows.flatMap((row) => (row.days_to_first_income === null ? [] : [row.days_to_first_income]));

/** The row of one programme × facility × cohort from its counts and its people's days to first income. */
export const programmeOutcomeRow = (group: OutcomeGroup, counts: OutcomeCounts, days: readonly number[], referenceDate: string): ProgrammeOutcomeRow => ({
  ...group,
  as_of_date: referenceDate,
  ...counts,
  ...outcomeRates(counts),
  median_days_to_first_income: median(days),
});

/** programme_outcomes for one programme × facility × cohort, from its participants' status rows. */
export const programmeOutcome = (
  group: OutcomeGroup,
  rows: readonly ParticipantStatusRow[],
  referenceDate: string,
  windows: readonly FollowUpWindow[],
): ProgrammeOutcomeRow => programmeOutcomeRow(group, outcomeCounts(rows, referenceDate, windows), daysToFirstIncome(rows), referenceDate);

/** The same a part of the group at a time: each part's counts and days, added up. */
export const programmeOutcomeInParts = (windows: readonly FollowUpWindow[]) =>
  aggregateInParts<{ readonly counts: OutcomeCounts; readonly days: readonly number[] }>({
    part: (_group, rows, referenceDate) => {
      const people = rows as readonly ParticipantStatusRow[];
      return { counts: outcomeCounts(people, referenceDate, windows), days: daysToFirstIncome(people) };
    },
    combine: (a, b) => ({ counts: sumOutcomeCounts([a.counts, b.counts]), days: [...a.days, ...b.days] }),
    finish: (group, whole, referenceDate) => programmeOutcomeRow(group as unknown as OutcomeGroup, whole.counts, whole.days, referenceDate),
  });
