import type { ParticipantEvent } from '@binaan/domain';

/**
 * What an event recorded, in a few words: the module and its result, the release type, the
 * milestone and employment status of a contact, the reason of a void or an exit. Never personal
 * data: that is sealed, and only `(sealed)` says it is there. `revisionOf` names a voided event
 * by its revision in the stream.
 */
export const eventSaid = (event: ParticipantEvent, revisionOf: (eventId: string) => bigint | undefined): string => {
  switch (event.type) {
    case 'InmateEnrolled':
      return `${event.data.programmeId} at ${event.data.facilityId}, class ${event.data.registrationClass}${event.data.previousParticipantId === undefined ? '' : ', re-enrolment'}`;
    case 'ModuleCompleted':
      return `${event.data.moduleId}: ${event.data.result}`;
    case 'InmateReleased':
      return `${event.data.releaseType}${event.data.supervisionEndsOn === undefined ? '' : `, supervised to ${event.data.supervisionEndsOn}`}`;
    case 'FollowUpLogged': {
      const employment = event.data.employment === undefined ? '' : `, work ${event.data.employment.status}`;
      const why = event.data.notReachedReason === undefined ? '' : ` (${event.data.notReachedReason})`;
      return `${event.data.milestone ?? 'no milestone'}: ${event.data.outcome}${why} by ${event.data.channel}${employment}`;
    }
    case 'EntryVoided': {
      const revision = revisionOf(event.data.voidedEventId);
      return `voids ${event.data.voidedType}${revision === undefined ? '' : ` (rev ${revision})`}: ${event.data.reason}`;
    }
    case 'EnrolmentCancelled':
      return `cancelled: ${event.data.reason}`;
    case 'EnrolmentCorrected': {
      const fields = [
        ...(event.data.facilityId === undefined ? [] : [`facility ${event.data.facilityId}`]),
        ...(event.data.registrationClass === undefined ? [] : [`class ${event.data.registrationClass}`]),
        ...(event.data.curriculumVersion === undefined ? [] : [`curriculum v${event.data.curriculumVersion}`]),
        ...(event.data.personalData === undefined ? [] : ['personal data (sealed)']),
      ];
      return `corrected ${fields.join(', ')}`;
    }
    case 'ParticipantExited':
      return `exit: ${event.data.reason}`;
    case 'ParticipantTransferred':
      return `${event.data.fromFacilityId} -> ${event.data.toFacilityId}`;
    case 'ReturnedToCustody':
      return `returned: ${event.data.kind}`;
    case 'ConsentWithdrawn':
      return `consent withdrawn on ${event.data.withdrawnOn}`;
    case 'PersonalDataErased':
      return `basis ${event.data.basis}, requested ${event.data.requestedOn}`;
    case 'ContactDetailsUpdated':
      return 'contact details (sealed)';
  }
};
