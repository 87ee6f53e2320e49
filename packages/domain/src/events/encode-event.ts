import { FollowUpLogged } from './follow-up-logged';
import { InmateEnrolled } from './inmate-enrolled';
import { InmateReleased } from './inmate-released';
import { ModuleCompleted } from './module-completed';
import { ParticipantEvent, ParticipantEventType } from './participant-event';

/** An event as plain JSON, ready for the store: `data` holds only JSON values and no undefined keys. */
export interface EncodedParticipantEvent {
  readonly type: ParticipantEventType;
  readonly data: Readonly<Record<string, unknown>>;
}

export const encodeParticipantEvent = (event: ParticipantEvent): EncodedParticipantEvent => {
  switch (event.type) {
    case 'InmateEnrolled':
      return InmateEnrolled.encode(event);
    case 'ModuleCompleted':
      return ModuleCompleted.encode(event);
    case 'InmateReleased':
      return InmateReleased.encode(event);
    case 'FollowUpLogged':
      return FollowUpLogged.encode(event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};
