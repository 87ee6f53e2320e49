import { daysBetween } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { workingStatuses } from '../vocabulary/employment';
import { isMilestone, milestoneColumns } from './milestone-columns';
import type { ParticipantEventView } from './participant-event-view';
import type { ParticipantStatusRow } from './read-model-rows';
import { type ParticipantStatusChanges, updatedStatusRow } from './participant-status-row';

type FollowUp = Extract<ParticipantEventView, { type: 'FollowUpLogged' }>;

export const reportsWork = (employmentStatus: string | null): boolean =>
  employmentStatus !== null && (workingStatuses as readonly string[]).includes(employmentStatus);

const milestoneChanges = (row: ParticipantStatusRow, followUp: FollowUp): ParticipantStatusChanges => {
  if (!isMilestone(followUp.milestone)) {
    return {};
  }
  const columns = milestoneColumns[followUp.milestone];
  const reachedOn = row[columns.reachedOn];
  // The latest reached contact in the window speaks for the milestone; on the same day, the later event.
  const speaksForMilestone = followUp.reached && (reachedOn === null || followUp.contactedOn >= reachedOn);
  return speaksForMilestone
    ? { [columns.attempts]: row[columns.attempts] + 1, [columns.reachedOn]: followUp.contactedOn, [columns.employment]: followUp.employmentStatus }
    : { [columns.attempts]: row[columns.attempts] + 1 };
};

const firstIncomeChanges = (row: ParticipantStatusRow, followUp: FollowUp, releasedOn: string): ParticipantStatusChanges =>
  followUp.reached && reportsWork(followUp.employmentStatus) && (row.first_income_on === null || followUp.contactedOn < row.first_income_on)
    ? { first_income_on: followUp.contactedOn, days_to_first_income: daysBetween(releasedOn as LocalDate, followUp.contactedOn as LocalDate) }
    : {};

/** Counts the contact (attempted, reached, per milestone) and keeps the earliest contact that reports work. */
export const withFollowUp = (row: ParticipantStatusRow, followUp: FollowUp, releasedOn: string): ParticipantStatusRow =>
  updatedStatusRow(row, {
    follow_ups_attempted: row.follow_ups_attempted + 1,
    follow_ups_reached: row.follow_ups_reached + (followUp.reached ? 1 : 0),
    ...milestoneChanges(row, followUp),
    ...firstIncomeChanges(row, followUp, releasedOn),
  });
