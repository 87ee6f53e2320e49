import { windowDates, type FollowUpWindow } from '@binaan/domain';
import { milestoneAttempts, milestoneReachedOn } from '../participant-status/milestone-columns';
import type { FollowUpWorklistRow, ParticipantStatusRow } from '../read-model-rows';

export const worklistKey = (participantId: string, milestone: string): string => `${participantId}|${milestone}`;

type UndatedRow = Omit<FollowUpWorklistRow, 'listed_from' | 'listed_until'>;

/**
 * `listed_until` of a row listed until she is reached: a date after every real one, so the worklist
 * selects listed rows with one range on one indexed column (`listed_until > today`).
 */
export const LISTED_UNTIL_REACHED = '9999-12-31';

const worklistRow = (row: ParticipantStatusRow, releasedOn: string, window: FollowUpWindow): UndatedRow => {
  const dates = windowDates(releasedOn, window);
  return {
    participant_id: row.participant_id,
    milestone: window.milestone,
    programme_id: row.programme_id,
    facility_id: row.facility_id,
    current_facility_id: row.current_facility_id,
    home_regency: row.home_regency,
    released_on: releasedOn,
    due_on: dates.dueOn,
    window_opens_on: dates.opensOn,
    window_closes_on: dates.closesOn,
    attempts: milestoneAttempts(row, window.milestone),
    reached_on: milestoneReachedOn(row, window.milestone),
  };
};

/**
 * follow_up_worklist: one row per released participant and milestone, with its dates. None before
 * release, and none once she is back in custody: that ends the follow-up schedule.
 */
export const worklistRows = (row: ParticipantStatusRow, windows: readonly FollowUpWindow[]): readonly FollowUpWorklistRow[] => {
  const releasedOn = row.released_on;
  return releasedOn === null || row.status !== 'released' ? [] : withListingDates(windows.map((window) => worklistRow(row, releasedOn, window)));
};

/** By due date; milestones due the same day (possible with configured windows) by name, whatever order the rows came in. */
const byDueDate = <R extends Pick<FollowUpWorklistRow, 'due_on' | 'milestone'>>(rows: readonly R[]): readonly R[] =>
  [...rows].sort((a, b) =>
    a.due_on < b.due_on ? -1 : a.due_on > b.due_on ? 1 : a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : 0,
  );

/**
 * The days on which each of one participant's rows is on the worklist (her next follow-up, due or
 * overdue): from `listed_from` up to the day before `listed_until` (LISTED_UNTIL_REACHED: no end). Both null for a row
 * that is never listed (reached, or skipped before its window opens).
 *
 * This is nextFollowUp (below) solved for `today` once, when the rows change, so the worklist query
 * selects rows by date instead of reading every row of every participant. A row is next on a day when
 * it is unreached, the following row's window has not opened, and every unreached row before it has
 * been skipped (the window after it has opened); it is listed from the day its own window opens.
 * A listing begins by the row's due date, so no later than its window closes: the day a row before it
 * is skipped is the opening of a window due no later than its own. The worklist's counts rely on it.
 */
export const withListingDates = (rows: readonly UndatedRow[]): readonly FollowUpWorklistRow[] => {
  const ordered = byDueDate(rows);
  let skippedFrom: string | undefined; // the day every unreached row so far has been skipped
  return ordered.map((row, index) => {
    const following = ordered[index + 1];
    const until = following?.window_opens_on ?? null;
    const from = skippedFrom === undefined || row.window_opens_on > skippedFrom ? row.window_opens_on : skippedFrom;
    if (row.reached_on !== null) return { ...row, listed_from: null, listed_until: null };
    if (until !== null && (skippedFrom === undefined || until > skippedFrom)) skippedFrom = until;
    return until !== null && from >= until
      ? { ...row, listed_from: null, listed_until: null }
      : { ...row, listed_from: from, listed_until: until ?? LISTED_UNTIL_REACHED };
  });
};

/** Whether a row is on the worklist on `day`, by the dates withListingDates gave it. */
export const isListedOn = (row: Pick<FollowUpWorklistRow, 'listed_from' | 'listed_until'>, day: string): boolean =>
  row.listed_from !== null && row.listed_until !== null && row.listed_from <= day && day < row.listed_until;

export type FollowUpState = 'upcoming' | 'due' | 'overdue';

export interface NextFollowUp extends FollowUpWorklistRow {
  readonly state: FollowUpState;
}

export const stateOn = (row: Pick<FollowUpWorklistRow, 'window_opens_on' | 'window_closes_on'>, today: string): FollowUpState =>
  today < row.window_opens_on ? 'upcoming' : today <= row.window_closes_on ? 'due' : 'overdue';

/**
 * The next follow-up of one participant on `today`, from their worklist rows: the earliest milestone
 * not yet reached, skipping a missed one once the window of a later milestone has opened (a late
 * contact would count for that later one). Undefined when every milestone is reached or moot.
 */
export const nextFollowUp = <R extends UndatedRow>(rows: readonly R[], today: string): (R & { readonly state: FollowUpState }) | undefined => {
  const ordered = byDueDate(rows);
  const open = ordered.filter(
    (row, index) => {
      const following = ordered[index + 1];
      return row.reached_on === null && (following === undefined || today < following.window_opens_on);
    },
  );
  const next = open[0];
  return next === undefined ? undefined : { ...next, state: stateOn(next, today) };
};
