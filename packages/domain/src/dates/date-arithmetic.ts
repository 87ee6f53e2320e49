import { daysInMonth, fromEpochDay, toEpochDay } from './epoch-day';
import { civilDateOf, LocalDate, localDateOf } from './local-date';

export const epochDayOf = (date: LocalDate): number => toEpochDay(civilDateOf(date));

export const localDateFromEpochDay = (epochDay: number): LocalDate => localDateOf(fromEpochDay(epochDay));

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: LocalDate, to: LocalDate): number => epochDayOf(to) - epochDayOf(from);

export const addDays = (date: LocalDate, days: number): LocalDate => localDateFromEpochDay(epochDayOf(date) + days);

/** Calendar months; a day past the end of the target month falls back to its last day (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (date: LocalDate, months: number): LocalDate => {
  const { year, month, day } = civilDateOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return localDateOf({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
};

/** ISO dates sort as strings, so plain comparison is calendar order. */
export const compareLocalDates = (a: LocalDate, b: LocalDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);

export const isBefore = (date: LocalDate, other: LocalDate): boolean => date < other;

export const isAfter = (date: LocalDate, other: LocalDate): boolean => date > other;

export const laterOf = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);
