import { domainError } from './domain-error-shape';

export const voidedEventNotFound = (eventId: string) =>
  domainError('VoidedEventNotFound', 'VOIDED_EVENT_NOT_FOUND', `No event ${eventId} in this participant's record`, { field: 'eventId' });
export type VoidedEventNotFound = ReturnType<typeof voidedEventNotFound>;

export const eventNotVoidable = (eventId: string, type: string) =>
  domainError(
    'EventNotVoidable',
    'EVENT_NOT_VOIDABLE',
    `Event ${eventId} (${type}) cannot be voided: an enrolment is cancelled, a correction is corrected again, and voids and privacy acts stand`,
    { field: 'eventId' },
  );
export type EventNotVoidable = ReturnType<typeof eventNotVoidable>;

export const alreadyVoided = (eventId: string) =>
  domainError('AlreadyVoided', 'ALREADY_VOIDED', `Event ${eventId} is already voided`, { field: 'eventId' });
export type AlreadyVoided = ReturnType<typeof alreadyVoided>;

/** Later entries rest on the one to void: they are listed, to be voided first, from the newest back. */
export const voidHasDependents = (eventId: string, dependentEventIds: readonly string[]) =>
  domainError(
    'VoidHasDependents',
    'VOID_HAS_DEPENDENTS',
    `Event ${eventId} has later entries that rest on it; void them first, newest first: ${dependentEventIds.join(', ')}`,
    { field: 'eventId', dependentEventIds },
  );
export type VoidHasDependents = ReturnType<typeof voidHasDependents>;

export const roleMayNotVoid = (role: string, type: string) =>
  domainError('RoleMayNotVoid', 'ROLE_MAY_NOT_VOID', `A ${role} may not void a ${type}: only the role that records it, or an admin`, {});
export type RoleMayNotVoid = ReturnType<typeof roleMayNotVoid>;

/** Separation of duties (SPIP): putting right someone else's entry needs the supervisor. */
export const voidOfAnotherPersonsEntry = () =>
  domainError(
    'VoidOfAnotherPersonsEntry',
    'VOID_OF_ANOTHER_PERSONS_ENTRY',
    "Another person recorded this entry; a correction of someone else's record needs an admin (the supervisor)",
    {},
  );
export type VoidOfAnotherPersonsEntry = ReturnType<typeof voidOfAnotherPersonsEntry>;

export const enrolmentCancelled = () =>
  domainError('EnrolmentIsCancelled', 'ENROLMENT_CANCELLED', 'This enrolment was cancelled as entered in error; nothing more can be recorded on it', {});
export type EnrolmentCancelledError = ReturnType<typeof enrolmentCancelled>;

export const correctionChangesNothing = () =>
  domainError('CorrectionChangesNothing', 'CORRECTION_CHANGES_NOTHING', 'Every field given already has that value', {});
export type CorrectionChangesNothing = ReturnType<typeof correctionChangesNothing>;

export const curriculumCorrectionConflicts = (curriculumVersion: number, moduleIds: readonly string[]) =>
  domainError(
    'CurriculumCorrectionConflicts',
    'CURRICULUM_CORRECTION_CONFLICTS',
    `Curriculum version ${curriculumVersion} does not teach modules already assessed: ${moduleIds.join(', ')}`,
    { field: 'curriculumVersion' },
  );
export type CurriculumCorrectionConflicts = ReturnType<typeof curriculumCorrectionConflicts>;

export const participantExited = () =>
  domainError('ParticipantHasExited', 'PARTICIPANT_EXITED', 'The participant has left the programme; void the exit first if it was recorded in error', {});
export type ParticipantExitedError = ReturnType<typeof participantExited>;

export const exitAfterRelease = () =>
  domainError('ExitAfterRelease', 'EXIT_AFTER_RELEASE', 'An exit is recorded before release; after release, record a return to custody', {});
export type ExitAfterRelease = ReturnType<typeof exitAfterRelease>;

export const transferAfterRelease = () =>
  domainError('TransferAfterRelease', 'TRANSFER_AFTER_RELEASE', 'A released participant is not transferred between prison units', {});
export type TransferAfterRelease = ReturnType<typeof transferAfterRelease>;

export const transferToSameFacility = (facilityId: string) =>
  domainError('TransferToSameFacility', 'TRANSFER_TO_SAME_FACILITY', `The participant is already in ${facilityId}`, { field: 'toFacilityId' });
export type TransferToSameFacility = ReturnType<typeof transferToSameFacility>;

export const facilityDoesNotOfferProgramme = (facilityId: string, programmeId: string, field: string) =>
  domainError(
    'FacilityDoesNotOfferProgramme',
    'FACILITY_DOES_NOT_OFFER_PROGRAMME',
    `${facilityId} does not run programme ${programmeId}; an exit (transferred_out) records a move to such a unit`,
    { field },
  );
export type FacilityDoesNotOfferProgramme = ReturnType<typeof facilityDoesNotOfferProgramme>;

export const alreadyReturnedToCustody = () =>
  domainError('AlreadyReturnedToCustody', 'ALREADY_RETURNED_TO_CUSTODY', 'A return to custody is already recorded for this release', {});
export type AlreadyReturnedToCustody = ReturnType<typeof alreadyReturnedToCustody>;

export const followUpAfterReturnToCustody = (contactedOn: string, returnedOn: string) =>
  domainError(
    'FollowUpAfterReturnToCustody',
    'FOLLOW_UP_AFTER_RETURN_TO_CUSTODY',
    `The follow-up schedule ended when she returned to custody on ${returnedOn}; a contact on ${contactedOn} cannot be logged`,
    { field: 'contactedOn' },
  );
export type FollowUpAfterReturnToCustody = ReturnType<typeof followUpAfterReturnToCustody>;

export const regencyNotFound = (code: string) =>
  domainError('RegencyNotFound', 'REGENCY_NOT_FOUND', `Regency ${code} is not in the catalogue`, { field: 'homeRegency' });
export type RegencyNotFound = ReturnType<typeof regencyNotFound>;

export type LifecycleError =
  | VoidedEventNotFound
  | EventNotVoidable
  | AlreadyVoided
  | VoidHasDependents
  | RoleMayNotVoid
  | VoidOfAnotherPersonsEntry
  | EnrolmentCancelledError
  | CorrectionChangesNothing
  | CurriculumCorrectionConflicts
  | ParticipantExitedError
  | ExitAfterRelease
  | TransferAfterRelease
  | TransferToSameFacility
  | FacilityDoesNotOfferProgramme
  | AlreadyReturnedToCustody
  | FollowUpAfterReturnToCustody
  | RegencyNotFound;
