const isDateOnly = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

const startOfJakartaDay = (date: string): Date => new Date(`${date}T00:00:00+07:00`);

const dayMs = 24 * 60 * 60 * 1000;

/** The inclusive start of a recorded-time range: a date means the start of that day in Jakarta. */
export const instantFrom = (value: string): string =>
  (isDateOnly(value) ? startOfJakartaDay(value) : new Date(value)).toISOString();

/** The inclusive end of a recorded-time range: a date means the whole of that day in Jakarta. */
export const instantUntil = (value: string): string =>
  isDateOnly(value) ? new Date(startOfJakartaDay(value).getTime() + dayMs - 1).toISOString() : new Date(value).toISOString();
