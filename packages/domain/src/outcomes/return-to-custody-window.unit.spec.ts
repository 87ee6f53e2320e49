import type { LocalDate } from '../dates/local-date';
import { returnedWithinWindow, returnWindowHasClosed } from './return-to-custody-window';

const d = (value: string) => value as LocalDate;

describe('the twelve-month window after release', () => {
  it('has closed once twelve months have passed by the reference date, not a day before', () => {
    expect(returnWindowHasClosed(d('2025-03-15'), d('2026-03-15'))).toBe(true);
    expect(returnWindowHasClosed(d('2025-03-15'), d('2026-03-14'))).toBe(false);
  });

  it('counts a return on the last day of the window, not the day after, and no return at all is not one', () => {
    expect(returnedWithinWindow(d('2025-03-15'), d('2026-03-15'))).toBe(true);
    expect(returnedWithinWindow(d('2025-03-15'), d('2026-03-16'))).toBe(false);
    expect(returnedWithinWindow(d('2025-03-15'), null)).toBe(false);
  });

  it('ends a month-end release at the end of the shorter month', () => {
    expect(returnedWithinWindow(d('2024-02-29'), d('2025-02-28'))).toBe(true);
    expect(returnedWithinWindow(d('2024-02-29'), d('2025-03-01'))).toBe(false);
  });
});
