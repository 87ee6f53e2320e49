import { domainError } from './domain-error-shape';
import { LocalDate } from '../dates/local-date';

export const alreadyReleased = () =>
  domainError('AlreadyReleased', 'ALREADY_RELEASED', 'A release is already recorded for the participant', {});
export type AlreadyReleased = ReturnType<typeof alreadyReleased>;

export const releaseBeforeEnrolment = (releasedOn: LocalDate, enrolledOn: LocalDate) =>
  domainError(
    'ReleaseBeforeEnrolment',
    'RELEASE_BEFORE_ENROLMENT',
    `The release date ${releasedOn} is before the enrolment date ${enrolledOn}`,
    {},
  );
export type ReleaseBeforeEnrolment = ReturnType<typeof releaseBeforeEnrolment>;

export const releaseDateInFuture = (releasedOn: LocalDate, today: LocalDate) =>
  domainError(
    'ReleaseDateInFuture',
    'RELEASE_DATE_IN_FUTURE',
    `The release date ${releasedOn} is after today (${today})`,
    {},
  );
export type ReleaseDateInFuture = ReturnType<typeof releaseDateInFuture>;

export const supervisionEndsBeforeRelease = (supervisionEndsOn: LocalDate, releasedOn: LocalDate) =>
  domainError(
    'SupervisionEndsBeforeRelease',
    'SUPERVISION_ENDS_BEFORE_RELEASE',
    `The end of supervision ${supervisionEndsOn} is before the release date ${releasedOn}`,
    {},
  );
export type SupervisionEndsBeforeRelease = ReturnType<typeof supervisionEndsBeforeRelease>;

export type ReleaseError = AlreadyReleased | ReleaseBeforeEnrolment | ReleaseDateInFuture | SupervisionEndsBeforeRelease;
