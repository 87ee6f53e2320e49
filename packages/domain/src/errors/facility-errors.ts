import { domainError } from './domain-error-shape';

export const countDateInFuture = (countedOn: string, today: string) =>
  domainError('CountDateInFuture', 'COUNT_DATE_IN_FUTURE', `The count date ${countedOn} is after today (${today})`, { field: 'countedOn' });
export type CountDateInFuture = ReturnType<typeof countDateInFuture>;

export const countsExceedTotal = (byClass: number, total: number) =>
  domainError(
    'CountsExceedTotal',
    'COUNTS_EXCEED_TOTAL',
    `The counts by registration class add up to ${byClass}, more than the total of ${total}`,
    { field: 'byRegistrationClass' },
  );
export type CountsExceedTotal = ReturnType<typeof countsExceedTotal>;

export type FacilityError = CountDateInFuture | CountsExceedTotal;
