import { domainError } from './domain-error-shape';

/** A lifecycle date (an exit, a transfer, a return, a withdrawal) after today; `field` names it for forms. */
export const dateInFuture = (field: string, date: string, today: string) =>
  domainError('DateInFuture', 'DATE_IN_FUTURE', `${field} ${date} is after today (${today})`, { field });
export type DateInFuture = ReturnType<typeof dateInFuture>;

/** A lifecycle date before the event it must follow (the enrolment, the release, the last transfer). */
export const dateTooEarly = (field: string, date: string, earliest: string, what: string) =>
  domainError('DateTooEarly', 'DATE_TOO_EARLY', `${field} ${date} is before ${what} (${earliest})`, { field });
export type DateTooEarly = ReturnType<typeof dateTooEarly>;

export type DateError = DateInFuture | DateTooEarly;
