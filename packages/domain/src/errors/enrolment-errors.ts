import { domainError } from './domain-error-shape';
import { LocalDate } from '../dates/local-date';
import { FacilityId, ProgrammeId } from '../ids/slug-ids';

export const programmeNotFound = (programmeId: ProgrammeId) =>
  domainError(
    'ProgrammeNotFound',
    'PROGRAMME_NOT_FOUND',
    `Programme ${programmeId} is not in the catalogue`,
    { programmeId },
  );
export type ProgrammeNotFound = ReturnType<typeof programmeNotFound>;

export const facilityNotFound = (facilityId: FacilityId) =>
  domainError(
    'FacilityNotFound',
    'FACILITY_NOT_FOUND',
    `Facility ${facilityId} is not in the catalogue`,
    { facilityId },
  );
export type FacilityNotFound = ReturnType<typeof facilityNotFound>;

export const enrolmentDateInFuture = (enrolledOn: LocalDate, today: LocalDate) =>
  domainError(
    'EnrolmentDateInFuture',
    'ENROLMENT_DATE_IN_FUTURE',
    `The enrolment date ${enrolledOn} is after today (${today})`,
    {},
  );
export type EnrolmentDateInFuture = ReturnType<typeof enrolmentDateInFuture>;

export const consentNotGiven = () =>
  domainError('ConsentNotGiven', 'CONSENT_NOT_GIVEN', 'Enrolment needs consent given by the participant', {});
export type ConsentNotGiven = ReturnType<typeof consentNotGiven>;

export const consentDateInFuture = (recordedOn: LocalDate, today: LocalDate) =>
  domainError(
    'ConsentDateInFuture',
    'CONSENT_DATE_IN_FUTURE',
    `The consent date ${recordedOn} is after today (${today})`,
    {},
  );
export type ConsentDateInFuture = ReturnType<typeof consentDateInFuture>;

export const alreadyEnrolled = () =>
  domainError('AlreadyEnrolled', 'ALREADY_ENROLLED', 'The participant is already enrolled', {});
export type AlreadyEnrolled = ReturnType<typeof alreadyEnrolled>;

export type EnrolmentError =
  | ProgrammeNotFound
  | FacilityNotFound
  | EnrolmentDateInFuture
  | ConsentNotGiven
  | ConsentDateInFuture
  | AlreadyEnrolled;
