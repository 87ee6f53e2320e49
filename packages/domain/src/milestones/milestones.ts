import { addDays, addMonths, daysBetween } from '../dates/date-arithmetic';
import { LocalDate } from '../dates/local-date';
import { Milestone, milestones } from '../vocabulary/milestone';

/**
 * Follow-ups fall due 1, 3, 6 and 12 calendar months after release (M1, M3, M6, M12), each in a window of
 * ±15 days (±30 for M12). The one source of these figures: the milestone a contact records (milestoneFor)
 * and the default follow-up windows of the projections (follow-up-windows.ts) are both read from here.
 */
export const milestoneMonthsAfterRelease: Readonly<Record<Milestone, number>> = { M1: 1, M3: 3, M6: 6, M12: 12 };
export const milestoneHalfWidthDays: Readonly<Record<Milestone, number>> = { M1: 15, M3: 15, M6: 15, M12: 30 };

export interface MilestoneWindow {
  readonly milestone: Milestone;
  readonly opensOn: LocalDate;
  readonly dueOn: LocalDate;
  readonly closesOn: LocalDate;
}

/** Due N calendar months after release. */
export const milestoneDueDate = (releasedOn: LocalDate, milestone: Milestone): LocalDate =>
  addMonths(releasedOn, milestoneMonthsAfterRelease[milestone]);

/** Inclusive on both ends: ±15 days around the due date, ±30 for M12. */
export const milestoneWindow = (releasedOn: LocalDate, milestone: Milestone): MilestoneWindow => {
  const dueOn = milestoneDueDate(releasedOn, milestone);
  const halfWidth = milestoneHalfWidthDays[milestone];
  return { milestone, opensOn: addDays(dueOn, -halfWidth), dueOn, closesOn: addDays(dueOn, halfWidth) };
};

/** The milestone whose window holds the contact date, or null; the windows never overlap. */
export const milestoneFor = (releasedOn: LocalDate, contactedOn: LocalDate): Milestone | null =>
  milestones.find(
    (milestone) =>
      Math.abs(daysBetween(milestoneDueDate(releasedOn, milestone), contactedOn)) <= milestoneHalfWidthDays[milestone],
  ) ?? null;
