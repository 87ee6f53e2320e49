import {
  exitsOutsideProgrammeControl,
  returnedWithinWindow,
  returnWindowHasClosed,
  windowDates,
  type FollowUpWindow,
  type LocalDate,
  type Milestone,
} from '@binaan/domain';
import { milestoneAttempts, milestoneReachedOn } from '../participant-status/milestone-columns';
import type { ParticipantStatusRow } from '../read-model-rows';

/** What a participant-level test needs beyond her row: the day figures are measured on, and the follow-up windows. */
export interface MembershipContext {
  readonly referenceDate: string;
  readonly windows: readonly FollowUpWindow[];
}

type Holds = (row: ParticipantStatusRow, context: MembershipContext) => boolean;

const isReleased: Holds = (row) => row.released_on !== null;

/**
 * Due at a milestone: released, and either the window has closed by the reference date or a contact
 * was already counted for the milestone (an early contact makes it due before its window closes).
 */
export const isDueAt =
  (milestone: Milestone): Holds =>
  (row, { referenceDate, windows }) => {
    if (row.released_on === null) return false;
    if (milestoneAttempts(row, milestone) > 0) return true;
    const window = windows.find((candidate) => candidate.milestone === milestone);
    return window !== undefined && windowDates(row.released_on, window).closesOn < referenceDate;
  };

export const isReachedAt =
  (milestone: Milestone): Holds =>
  (row) =>
    row.released_on !== null && milestoneReachedOn(row, milestone) !== null;

const isWorkingAt =
  (prefix: 'm6' | 'm12'): Holds =>
  (row) =>
    row.released_on !== null && row[`${prefix}_working`] === 1;

const usesTrainedSkillAt =
  (prefix: 'm6' | 'm12'): Holds =>
  (row) =>
    row.released_on !== null && row[`${prefix}_uses_trained_skill`] === 1;

export const hasExitedOutsideProgrammeControl = (row: ParticipantStatusRow): boolean =>
  (exitsOutsideProgrammeControl as readonly (string | null)[]).includes(row.exit_reason);

const returnWindowClosed: Holds = (row, { referenceDate }) =>
  row.released_on !== null && returnWindowHasClosed(row.released_on as LocalDate, referenceDate as LocalDate);

/** A figure counted in people: who is in its numerator and who in its denominator. */
export interface PeopleFigure {
  readonly numerator: Holds;
  readonly denominator: Holds;
}

const anyone: Holds = () => true;

/**
 * The figures of programme_outcomes that count people, each with the test a participant passes to be
 * counted. programme_outcomes counts with these tests, and an auditor's sample lists with them, so a
 * listed id is always one the figure counted.
 */
export const peopleFigures = {
  completion: { numerator: (row) => row.graduated_on !== null, denominator: anyone },
  completionExcludingOutsideExits: {
    numerator: (row) => row.graduated_on !== null,
    denominator: (row) => !hasExitedOutsideProgrammeControl(row),
  },
  exited: { numerator: (row) => row.exit_reason !== null, denominator: anyone },
  contactM1: { numerator: isReachedAt('M1'), denominator: isDueAt('M1') },
  contactM3: { numerator: isReachedAt('M3'), denominator: isDueAt('M3') },
  contactM6: { numerator: isReachedAt('M6'), denominator: isDueAt('M6') },
  contactM12: { numerator: isReachedAt('M12'), denominator: isDueAt('M12') },
  workingM6OfReached: { numerator: isWorkingAt('m6'), denominator: isReachedAt('M6') },
  workingM6OfDue: { numerator: isWorkingAt('m6'), denominator: isDueAt('M6') },
  workingM12OfReached: { numerator: isWorkingAt('m12'), denominator: isReachedAt('M12') },
  workingM12OfDue: { numerator: isWorkingAt('m12'), denominator: isDueAt('M12') },
  trainedSkillM6: { numerator: usesTrainedSkillAt('m6'), denominator: isWorkingAt('m6') },
  trainedSkillM12: { numerator: usesTrainedSkillAt('m12'), denominator: isWorkingAt('m12') },
  returnedToCustodyWithin12Months: {
    numerator: (row, context) =>
      returnWindowClosed(row, context) && returnedWithinWindow(row.released_on as LocalDate, row.returned_to_custody_on as LocalDate | null),
    denominator: returnWindowClosed,
  },
  released: { numerator: isReleased, denominator: anyone },
  firstIncomeKnown: { numerator: (row) => row.days_to_first_income !== null, denominator: isReleased },
} as const satisfies Record<string, PeopleFigure>;

export type PeopleFigureName = keyof typeof peopleFigures;
export const peopleFigureNames = Object.keys(peopleFigures) as PeopleFigureName[];

export const isPeopleFigureName = (name: string): name is PeopleFigureName => Object.prototype.hasOwnProperty.call(peopleFigures, name);

export const countHolding = (rows: readonly ParticipantStatusRow[], holds: Holds, context: MembershipContext): number =>
  rows.reduce((total, row) => total + (holds(row, context) ? 1 : 0), 0);

/** The participant ids a figure counts, in its numerator and in its denominator: what an auditor samples. */
export const figureMembers = (figure: PeopleFigureName, rows: readonly ParticipantStatusRow[], context: MembershipContext) => {
  const { numerator, denominator } = peopleFigures[figure];
  return {
    figure,
    numerator: rows.filter((row) => numerator(row, context)).map((row) => row.participant_id),
    denominator: rows.filter((row) => denominator(row, context)).map((row) => row.participant_id),
  };
};
