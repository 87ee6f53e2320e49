import { addDays, addMonths } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { milestoneHalfWidthDays, milestoneMonthsAfterRelease } from '../milestones/milestones';
import { milestones, type Milestone } from '../vocabulary/milestone';

export interface FollowUpWindow {
  readonly milestone: Milestone;
  readonly monthsAfterRelease: number;
  readonly halfWidthDays: number;
}

/** The windows contacts are recorded under (milestones.ts), so by default the worklist and the contacts agree. */
export const defaultFollowUpWindows: readonly FollowUpWindow[] = milestones.map((milestone) => ({
  milestone,
  monthsAfterRelease: milestoneMonthsAfterRelease[milestone],
  halfWidthDays: milestoneHalfWidthDays[milestone],
}));

export interface WindowDates {
  readonly milestone: Milestone;
  readonly dueOn: string;
  readonly opensOn: string;
  readonly closesOn: string;
}

export const windowDates = (releasedOn: string, window: FollowUpWindow): WindowDates => {
  const dueOn = addMonths(releasedOn as LocalDate, window.monthsAfterRelease);
  return {
    milestone: window.milestone,
    dueOn,
    opensOn: addDays(dueOn, -window.halfWidthDays),
    closesOn: addDays(dueOn, window.halfWidthDays),
  };
};
