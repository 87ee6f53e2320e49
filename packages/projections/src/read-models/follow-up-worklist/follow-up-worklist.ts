import { windowDates, type FollowUpWindow } from '@binaan/domain';
import { milestoneAttempts, milestoneReachedOn } from '../participant-status/milestone-columns';
import type { FollowUpWorklistRow, ParticipantStatusRow } from '../read-model-rows';

export const worklistKey = (participantId: string, milestone: string): string => `${participantId}|${milestone}`;

const worklistRow = (row: ParticipantStatusRow, releasedOn: string, window: FollowUpWindow): FollowUpWorklistRow => {
  const dates = windowDates(releasedOn, window);
  return {
    participant_id: row.participant_id,
    milestone: window.milestone,
    programme_id: row.programme_id,
    facility_id: row.facility_id,
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
  return releasedOn === null || row.status !== 'released' ? [] : windows.map((window) => worklistRow(row, releasedOn, window));
};

export type FollowUpState = 'upcoming' | 'due' | 'overdue';

export interface NextFollowUp extends FollowUpWorklistRow {
  readonly state: FollowUpState;
}

const stateOn = (row: FollowUpWorklistRow, today: string): FollowUpState =>
  today < row.window_opens_on ? 'upcoming' : today <= row.window_closes_on ? 'due' : 'overdue';

/**
 * The next follow-up of one participant on `today`, from their worklist rows: the earliest milestone
 * not yet reached, skipping a missed one once the window of a later milestone has opened (a late
 * contact would count for that later one). Undefined when every milestone is reached or moot.
 */
export const nextFollowUp = (rows: readonly FollowUpWorklistRow[], today: string): NextFollowUp | undefined => {
  const byDueDate = [...rows].sort((a, b) => (a.due_on < b.due_on ? -1 : a.due_on > b.due_on ? 1 : 0));
  const open = byDueDate.filter(
    (row, index) => {
      const following = byDueDate[index + 1];
      return row.reached_on === null && (following === undefined || today < following.window_opens_on);
    },
  );
  const next = open[0];
  return next === undefined ? undefined : { ...next, state: stateOn(next, today) };
};
