import { addDays, addMonths } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import type { Milestone } from '../vocabulary/milestone';

export interface FollowUpWindow {
  readonly milestone: Milestone;
  readonly monthsAfterRelease: number;
  readonly halfWidthDays: number;
}

/** DESIGN.md: M1, M3, M6 and M12 after release, ±15 days (±30 for M12). */
export const defaultFollowUpWindows: readonly FollowUpWindow[] = [
  { milestone: 'M1', monthsAfterRelease: 1, halfWidthDays: 15 },
  { milestone: 'M3', monthsAfterRelease: 3, halfWidthDays: 15 },
  { milestone: 'M6', monthsAfterRelease: 6, halfWidthDays: 15 },
  { milestone: 'M12', monthsAfterRelease: 12, halfWidthDays: 30 },
];

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
