import { domainError } from './domain-error-shape';
import { LocalDate } from '../dates/local-date';
import { ContactOutcome } from '../vocabulary/follow-up-contact';

export const notReleased = () =>
  domainError('NotReleased', 'NOT_RELEASED', 'Follow-up starts after release, and no release is recorded', {});
export type NotReleased = ReturnType<typeof notReleased>;

export const contactBeforeRelease = (contactedOn: LocalDate, releasedOn: LocalDate) =>
  domainError(
    'ContactBeforeRelease',
    'CONTACT_BEFORE_RELEASE',
    `The contact date ${contactedOn} is before the release date ${releasedOn}`,
    {},
  );
export type ContactBeforeRelease = ReturnType<typeof contactBeforeRelease>;

export const contactDateInFuture = (contactedOn: LocalDate, today: LocalDate) =>
  domainError(
    'ContactDateInFuture',
    'CONTACT_DATE_IN_FUTURE',
    `The contact date ${contactedOn} is after today (${today})`,
    {},
  );
export type ContactDateInFuture = ReturnType<typeof contactDateInFuture>;

export const employmentWithoutReachedContact = (outcome: ContactOutcome) =>
  domainError(
    'EmploymentWithoutReachedContact',
    'EMPLOYMENT_WITHOUT_REACHED_CONTACT',
    `Employment is reported only at a reached contact, and this one was ${outcome}`,
    {},
  );
export type EmploymentWithoutReachedContact = ReturnType<typeof employmentWithoutReachedContact>;

export const notReachedReasonMissing = () =>
  domainError(
    'NotReachedReasonMissing',
    'NOT_REACHED_REASON_MISSING',
    'A not_reached contact needs a notReachedReason',
    {},
  );
export type NotReachedReasonMissing = ReturnType<typeof notReachedReasonMissing>;

export const notReachedReasonUnexpected = (outcome: ContactOutcome) =>
  domainError(
    'NotReachedReasonUnexpected',
    'NOT_REACHED_REASON_UNEXPECTED',
    `Only a not_reached contact has a notReachedReason, and this one was ${outcome}`,
    {},
  );
export type NotReachedReasonUnexpected = ReturnType<typeof notReachedReasonUnexpected>;

export type FollowUpError =
  | NotReleased
  | ContactBeforeRelease
  | ContactDateInFuture
  | EmploymentWithoutReachedContact
  | NotReachedReasonMissing
  | NotReachedReasonUnexpected;
