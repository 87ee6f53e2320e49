import { addDays, addMonths } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { milestoneFor, milestoneWindow } from './milestones';
import {
  computeWindowDates,
  defaultFollowUpWindows,
  REMEMBERED_RELEASE_DATES,
  type FollowUpWindow,
  windowDates,
} from './follow-up-windows';

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

  it('are remembered per window object, and stay right past the number of release dates remembered', () => {
    const narrow: FollowUpWindow = { milestone: 'M3', monthsAfterRelease: 3, halfWidthDays: 5 };
    const wide: FollowUpWindow = { milestone: 'M3', monthsAfterRelease: 3, halfWidthDays: 40 };
    const manyDates = Array.from({ length: 6_000 }, (_, days) => addDays('2010-01-01' as LocalDate, days));
    for (let pass = 0; pass < 2; pass += 1) {
      for (const releasedOn of manyDates) {
        for (const window of [narrow, wide]) {
          const dueOn = addMonths(releasedOn, 3);
          expect(windowDates(releasedOn, window)).toEqual({
            milestone: 'M3',
            dueOn,
            opensOn: addDays(dueOn, -window.halfWidthDays),
            closesOn: addDays(dueOn, window.halfWidthDays),
          });
        }
      }
    }
  });
});

describe('windowDates remembers computeWindowDates', () => {
  const window: FollowUpWindow = { milestone: 'M3', monthsAfterRelease: 3, halfWidthDays: 15 };

  it('answers as the plain computation does, first time and remembered, in any order of release dates', () => {
    const shuffled = [...releaseDates].sort((a, b) => (a.slice(8) + a < b.slice(8) + b ? -1 : 1));
    for (const releasedOn of [...shuffled, ...shuffled.slice(0, 50)]) {
      expect(windowDates(releasedOn, window)).toEqual(computeWindowDates(releasedOn, window));
    }
  });

  it('keeps what it computed, so a second ask returns the same object', () => {
    const first = windowDates('2019-05-05', window);
    expect(windowDates('2019-05-05', window)).toBe(first);
  });

  it('starts over past its bound instead of growing, and still answers right', () => {
    const first = windowDates('2019-01-01', window);
    for (let days = 1; days <= REMEMBERED_RELEASE_DATES; days += 1) windowDates(addDays('2019-01-01' as LocalDate, days), window);
    const again = windowDates('2019-01-01', window);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
