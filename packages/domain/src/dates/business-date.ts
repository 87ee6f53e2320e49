import type { LocalDate } from './local-date';

/** Malang keeps Western Indonesian Time (WIB): UTC+7 all year, with no daylight saving. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The programme's business date at an instant: the calendar date in Malang. "Today" for every date
 * rule, and the day a recorded time falls on, are both this date.
 */
export const businessDateAt = (instant: Date | string): LocalDate =>
  new Date(new Date(instant).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10) as LocalDate;
