import { isAfter, isBefore } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';
import { dateInFuture, dateTooEarly, type DateError } from '../errors/date-errors';

/** The date of a lifecycle entry must fall between what it follows and today. */
export const lifecycleDateError = (
  field: string,
  date: LocalDate,
  earliest: { readonly date: LocalDate; readonly what: string },
  today: LocalDate,
): DateError | undefined =>
  isBefore(date, earliest.date)
    ? dateTooEarly(field, date, earliest.date, earliest.what)
    : isAfter(date, today)
      ? dateInFuture(field, date, today)
      : undefined;
