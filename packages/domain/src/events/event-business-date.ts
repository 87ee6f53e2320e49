import type { ParticipantEventType } from './participant-event';

/**
 * The field of each event's data that holds the date it happened on (the business time axis). A
 * correction, a cancellation or a void has none: it happened when it was recorded.
 */
export const businessDateFields: Readonly<Record<ParticipantEventType, string | null>> = {
  InmateEnrolled: 'enrolledOn',
  ModuleCompleted: 'assessedOn',
  InmateReleased: 'releasedOn',
  FollowUpLogged: 'contactedOn',
  EntryVoided: null,
  EnrolmentCancelled: null,
  EnrolmentCorrected: null,
  ParticipantExited: 'exitedOn',
  ParticipantTransferred: 'transferredOn',
  ReturnedToCustody: 'returnedOn',
  ConsentWithdrawn: 'withdrawnOn',
  PersonalDataErased: 'erasedOn',
  ContactDetailsUpdated: 'updatedOn',
};

/**
 * The business date an event carries, at any schema version; null for an event that has none (an
 * enrolment reservation, or an event of another application).
 */
export const eventBusinessDate = (type: string, data: { readonly [field: string]: unknown }): string | null => {
  const field = Object.prototype.hasOwnProperty.call(businessDateFields, type) ? businessDateFields[type as ParticipantEventType] : undefined;
  const value = field === undefined || field === null ? undefined : data[field];
  return typeof value === 'string' ? value : null;
};
