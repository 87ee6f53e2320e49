import type { ParticipantEventType } from './participant-event';

/** The field of each event's data that holds the date it happened on (the business time axis). */
export const businessDateFields: Readonly<Record<ParticipantEventType, string>> = {
  InmateEnrolled: 'enrolledOn',
  ModuleCompleted: 'assessedOn',
  InmateReleased: 'releasedOn',
  FollowUpLogged: 'contactedOn',
};

/**
 * The business date an event carries, at any schema version; null for an event that has none (an
 * enrolment reservation, or an event of another application).
 */
export const eventBusinessDate = (type: string, data: { readonly [field: string]: unknown }): string | null => {
  const field = Object.prototype.hasOwnProperty.call(businessDateFields, type) ? businessDateFields[type as ParticipantEventType] : undefined;
  const value = field === undefined ? undefined : data[field];
  return typeof value === 'string' ? value : null;
};
