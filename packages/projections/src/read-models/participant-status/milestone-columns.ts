import type { Milestone } from '@binaan/domain';
import type { ParticipantStatusRow } from '../read-model-rows';

/** The participant_status columns that hold one milestone's follow-ups. */
export interface MilestoneColumnNames {
  readonly attempts: 'm1_attempts' | 'm3_attempts' | 'm6_attempts' | 'm12_attempts';
  readonly reachedOn: 'm1_reached_on' | 'm3_reached_on' | 'm6_reached_on' | 'm12_reached_on';
  readonly employment: 'm1_employment' | 'm3_employment' | 'm6_employment' | 'm12_employment';
}

const columnsOf = (prefix: 'm1' | 'm3' | 'm6' | 'm12'): MilestoneColumnNames => ({
  attempts: `${prefix}_attempts`,
  reachedOn: `${prefix}_reached_on`,
  employment: `${prefix}_employment`,
});

export const milestoneColumns: Readonly<Record<Milestone, MilestoneColumnNames>> = {
  M1: columnsOf('m1'),
  M3: columnsOf('m3'),
  M6: columnsOf('m6'),
  M12: columnsOf('m12'),
};

export const isMilestone = (value: string | null): value is Milestone =>
  value !== null && Object.prototype.hasOwnProperty.call(milestoneColumns, value);

export const milestoneAttempts = (row: ParticipantStatusRow, milestone: Milestone): number =>
  row[milestoneColumns[milestone].attempts];

export const milestoneReachedOn = (row: ParticipantStatusRow, milestone: Milestone): string | null =>
  row[milestoneColumns[milestone].reachedOn];

export const milestoneEmployment = (row: ParticipantStatusRow, milestone: Milestone): string | null =>
  row[milestoneColumns[milestone].employment];
