import * as t from 'io-ts';
import { FollowUpLogged } from './follow-up-logged';
import { InmateEnrolled } from './inmate-enrolled';
import { InmateReleased } from './inmate-released';
import { ModuleCompleted } from './module-completed';

/** The events of a `participant-<participantId>` stream, at their current schema versions. */
export const ParticipantEvent = t.union([InmateEnrolled, ModuleCompleted, InmateReleased, FollowUpLogged]);
export type ParticipantEvent = t.TypeOf<typeof ParticipantEvent>;
export type ParticipantEventType = ParticipantEvent['type'];

export const participantEventTypes: readonly ParticipantEventType[] = [
  'InmateEnrolled',
  'ModuleCompleted',
  'InmateReleased',
  'FollowUpLogged',
];

export const currentSchemaVersions: Readonly<Record<ParticipantEventType, number>> = {
  InmateEnrolled: 1,
  ModuleCompleted: 2,
  InmateReleased: 1,
  FollowUpLogged: 1,
};

export const isParticipantEventType = (candidate: unknown): candidate is ParticipantEventType =>
  participantEventTypes.some((type) => type === candidate);
