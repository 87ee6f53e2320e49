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
    case 'EntryVoided':
      return EntryVoided.encode(event);
    case 'EnrolmentCancelled':
      return EnrolmentCancelled.encode(event);
    case 'EnrolmentCorrected':
      return EnrolmentCorrected.encode(event);
    case 'ParticipantExited':
      return ParticipantExited.encode(event);
    case 'ParticipantTransferred':
      return ParticipantTransferred.encode(event);
    case 'ReturnedToCustody':
      return ReturnedToCustody.encode(event);
    case 'ConsentWithdrawn':
      return ConsentWithdrawn.encode(event);
    case 'PersonalDataErased':
      return PersonalDataErased.encode(event);
    case 'ContactDetailsUpdated':
      return ContactDetailsUpdated.encode(event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};
