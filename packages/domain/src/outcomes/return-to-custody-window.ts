import { addMonths } from '../dates/date-arithmetic';
import type { LocalDate } from '../dates/local-date';

/** The period after release in which a return to custody is counted: the figure rehabilitation evaluations report. */
export const RETURN_TO_CUSTODY_WINDOW_MONTHS = 12;

/** Whether a release is old enough, by the reference date, for a return within the window to be known. */
export const returnWindowHasClosed = (releasedOn: LocalDate, referenceDate: LocalDate): boolean =>
  addMonths(releasedOn, RETURN_TO_CUSTODY_WINDOW_MONTHS) <= referenceDate;

/** Whether a return to custody fell within the window after release (the last day of the window counts). */
export const returnedWithinWindow = (releasedOn: LocalDate, returnedOn: LocalDate | null): boolean =>
  returnedOn !== null && returnedOn <= addMonths(releasedOn, RETURN_TO_CUSTODY_WINDOW_MONTHS);
