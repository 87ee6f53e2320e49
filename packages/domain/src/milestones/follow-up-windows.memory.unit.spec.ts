import { addDays } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { REMEMBERED_RELEASE_DATES, type FollowUpWindow, windowDates } from './follow-up-windows';

/** What `windowDates` keeps between calls: the answers must not change, but the work saved must be real. */
describe('windowDates remembers many release dates, up to its bound', () => {
  it('keeps the first release date it was asked about while it answers for others', () => {
    const window: FollowUpWindow = { milestone: 'M6', monthsAfterRelease: 6, halfWidthDays: 15 };
    const first = windowDates('2019-01-31', window);
    const second = windowDates('2019-02-28', window);
    expect(windowDates('2019-01-31', window)).toBe(first);
    expect(windowDates('2019-02-28', window)).toBe(second);
  });

  it('keeps every one of REMEMBERED_RELEASE_DATES release dates, and starts over at the next new one', () => {
    const window: FollowUpWindow = { milestone: 'M12', monthsAfterRelease: 12, halfWidthDays: 30 };
    const dates = Array.from({ length: REMEMBERED_RELEASE_DATES }, (_, days) => addDays('2000-01-01' as LocalDate, days));
    const answers = dates.map((releasedOn) => windowDates(releasedOn, window));
    expect(dates.every((releasedOn, index) => windowDates(releasedOn, window) === answers[index])).toBe(true);
    windowDates(addDays('2000-01-01' as LocalDate, REMEMBERED_RELEASE_DATES), window);
    expect(windowDates(dates[0]!, window)).not.toBe(answers[0]);
  });
});
