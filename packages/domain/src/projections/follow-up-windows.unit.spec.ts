import { addDays } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { milestoneFor, milestoneWindow } from '../milestones/milestones';
import { defaultFollowUpWindows, windowDates } from './follow-up-windows';

/** Every day of four years, leap day and every month's end included. */
const releaseDates = Array.from({ length: 4 * 366 }, (_, days) => addDays('2019-01-01' as LocalDate, days));

describe('default follow-up windows', () => {
  it('are the windows contacts are recorded under, for every milestone and release date', () => {
    for (const releasedOn of releaseDates) {
      for (const window of defaultFollowUpWindows) {
        const { opensOn, dueOn, closesOn } = milestoneWindow(releasedOn, window.milestone);
        expect(windowDates(releasedOn, window)).toEqual({ milestone: window.milestone, opensOn, dueOn, closesOn });
        expect(milestoneFor(releasedOn, opensOn)).toBe(window.milestone);
        expect(milestoneFor(releasedOn, closesOn)).toBe(window.milestone);
        expect(milestoneFor(releasedOn, addDays(closesOn, 1))).not.toBe(window.milestone);
      }
    }
  });

  it('cover M1, M3, M6 and M12 in that order', () => {
    expect(defaultFollowUpWindows.map((window) => window.milestone)).toEqual(['M1', 'M3', 'M6', 'M12']);
  });
});
