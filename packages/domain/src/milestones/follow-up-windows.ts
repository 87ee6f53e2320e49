import { addDays, addMonths } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { milestoneHalfWidthDays, milestoneMonthsAfterRelease } from './milestones';
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

/** A milestone's window for a release date, worked out afresh: the definition `windowDates` remembers. */
export const computeWindowDates = (releasedOn: string, window: FollowUpWindow): WindowDates => {
  const dueOn = addMonths(releasedOn as LocalDate, window.monthsAfterRelease);
  return {
    milestone: window.milestone,
    dueOn,
    opensOn: addDays(dueOn, -window.halfWidthDays),
    closesOn: addDays(dueOn, window.halfWidthDays),
  };
};

/** Release dates remembered per window; past this many the memory starts over, so it stays small. */
export const REMEMBERED_RELEASE_DATES = 4_096;
const remembered = new WeakMap<FollowUpWindow, Map<string, WindowDates>>();

/**
 * A milestone's window for a release date: `computeWindowDates`, remembered. A rebuild asks for the
 * same few hundred release dates for every contact and every group recomputation, and the calendar
 * arithmetic was a large share of the outcomes reducer's time.
 */
export const windowDates = (releasedOn: string, window: FollowUpWindow): WindowDates => {
  let byReleaseDate = remembered.get(window);
  if (byReleaseDate === undefined) {
    byReleaseDate = new Map();
    remembered.set(window, byReleaseDate);
  }
  const known = byReleaseDate.get(releasedOn);
  if (known !== undefined) return known;
  if (byReleaseDate.size >= REMEMBERED_RELEASE_DATES) byReleaseDate.clear();
  const dates = computeWindowDates(releasedOn, window);
  byReleaseDate.set(releasedOn, dates);
  return dates;
};
