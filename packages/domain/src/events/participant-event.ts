import * as t from 'io-ts';
import { FollowUpLogged } from './follow-up-logged';
import { InmateEnrolled } from './inmate-enrolled';
import { InmateReleased } from './inmate-released';
import { ModuleCompleted } from './module-completed';
import { EntryVoided } from './entry-voided';
import { EnrolmentCancelled } from './enrolment-cancelled';
import { EnrolmentCorrected } from './enrolment-corrected';
import { ParticipantExited } from './participant-exited';
import { ParticipantTransferred } from './participant-transferred';
import { ReturnedToCustody } from './returned-to-custody';
import { ConsentWithdrawn } from './consent-withdrawn';
import { PersonalDataErased } from './personal-data-erased';
import { ContactDetailsUpdated } from './contact-details-updated';

/** The events of a `participant-<participantId>` stream, at their current schema versions. */
export const ParticipantEvent = t.union([
  InmateEnrolled,
  ModuleCompleted,
  InmateReleased,
  FollowUpLogged,
  EntryVoided,
  EnrolmentCancelled,
  EnrolmentCorrected,
  ParticipantExited,
  ParticipantTransferred,
  ReturnedToCustody,
  ConsentWithdrawn,
  PersonalDataErased,
  ContactDetailsUpdated,
]);
export type ParticipantEvent = t.TypeOf<typeof ParticipantEvent>;
export type ParticipantEventType = ParticipantEvent['type'];

export const participantEventTypes: readonly ParticipantEventType[] = [
  'InmateEnrolled',
  'ModuleCompleted',
  'InmateReleased',
  'FollowUpLogged',
  'EntryVoided',
  'EnrolmentCancelled',
  'EnrolmentCorrected',
  'ParticipantExited',
  'ParticipantTransferred',
  'ReturnedToCustody',
  'ConsentWithdrawn',
  'PersonalDataErased',
  'ContactDetailsUpdated',
];

export const currentSchemaVersions: Readonly<Record<ParticipantEventType, number>> = {
  InmateEnrolled: 1,
  ModuleCompleted: 2,
  InmateReleased: 1,
  FollowUpLogged: 1,
  EntryVoided: 1,
  EnrolmentCancelled: 1,
  EnrolmentCorrected: 1,
  ParticipantExited: 1,
  ParticipantTransferred: 1,
  ReturnedToCustody: 1,
  ConsentWithdrawn: 1,
  PersonalDataErased: 1,
  ContactDetailsUpdated: 1,
};

export const isParticipantEventType = (candidate: unknown): candidate is ParticipantEventType =>
  participantEventTypes.some((type) => type === candidate);
