import { businessDateAt, type LocalDate } from '@binaan/domain';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A business date and the instants it covers, from its WIB midnight (inclusive) to the next (exclusive). */
export interface BusinessDay {
  readonly date: LocalDate;
  readonly startsAtMs: number;
  readonly endsAtMs: number;
}

export const businessDayOf = (instant: Date): BusinessDay => {
  const date = businessDateAt(instant);
  const startsAtMs = Date.parse(`${date}T00:00:00+07:00`);
  return { date, startsAtMs, endsAtMs: startsAtMs + DAY_MS };
};

/** Whether an instant falls on that business day: two comparisons instead of working out its date. */
export const isDuring = (day: BusinessDay, instant: Date): boolean => {
  const ms = instant.getTime();
  return ms >= day.startsAtMs && ms < day.endsAtMs;
};
