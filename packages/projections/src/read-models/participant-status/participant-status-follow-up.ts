import { daysBetween, reportsWork, type FollowUpLogged, type LocalDate } from '@binaan/domain';
import type { ParticipantStatusRow } from '../read-model-rows';
import { milestoneColumns } from './milestone-columns';
import { type ParticipantStatusChanges, updatedStatusRow } from './participant-status-row';

const employmentStatusOf = ({ data }: FollowUpLogged): string | null => data.employment?.status ?? null;

const milestoneChanges = (row: ParticipantStatusRow, followUp: FollowUpLogged): ParticipantStatusChanges => {
  const { milestone, contactedOn, outcome } = followUp.data;
  if (milestone === null) {
    return {};
  }
  const columns = milestoneColumns[milestone];
  const reachedOn = row[columns.reachedOn];
  // The latest reached contact in the window speaks for the milestone; on the same day, the later event.
  const speaksForMilestone = outcome === 'reached' && (reachedOn === null || contactedOn >= reachedOn);
  return speaksForMilestone
    ? { [columns.attempts]: row[columns.attempts] + 1, [columns.reachedOn]: contactedOn, [columns.employment]: employmentStatusOf(followUp) }
    : { [columns.attempts]: row[columns.attempts] + 1 };
};

const firstIncomeChanges = (row: ParticipantStatusRow, followUp: FollowUpLogged, releasedOn: string): ParticipantStatusChanges => {
  const { contactedOn, outcome } = followUp.data;
  return outcome === 'reached' && reportsWork(employmentStatusOf(followUp)) && (row.first_income_on === null || contactedOn < row.first_income_on)
    ? { first_income_on: contactedOn, days_to_first_income: daysBetween(releasedOn as LocalDate, contactedOn) }
    : {};
};

/** Counts the contact (attempted, reached, per milestone) and keeps the earliest contact that reports work. */
export const withFollowUp = (row: ParticipantStatusRow, followUp: FollowUpLogged, releasedOn: string): ParticipantStatusRow =>
  updatedStatusRow(row, {
    follow_ups_attempted: row.follow_ups_attempted + 1,
    follow_ups_reached: row.follow_ups_reached + (followUp.data.outcome === 'reached' ? 1 : 0),
    ...milestoneChanges(row, followUp),
    ...firstIncomeChanges(row, followUp, releasedOn),
  });
