import * as t from 'io-ts';
import { FollowUpLoggedData } from './follow-up-logged';
import { InmateEnrolledData } from './inmate-enrolled';
import { InmateReleasedData } from './inmate-released';
import { ModuleCompletedData } from './module-completed';
import { EntryVoidedData } from './entry-voided';
import { EnrolmentCancelledData } from './enrolment-cancelled';
import { EnrolmentCorrectedData } from './enrolment-corrected';
import { ParticipantExitedData } from './participant-exited';
import { ParticipantTransferredData } from './participant-transferred';
import { ReturnedToCustodyData } from './returned-to-custody';
import { ConsentWithdrawnData } from './consent-withdrawn';
import { PersonalDataErasedData } from './personal-data-erased';
import { ContactDetailsUpdatedData } from './contact-details-updated';
import type { ParticipantEventType } from './participant-event';

const currentDataCodecs: { readonly [K in ParticipantEventType]: t.Mixed } = {
  InmateEnrolled: InmateEnrolledData,
  ModuleCompleted: ModuleCompletedData,
  InmateReleased: InmateReleasedData,
  FollowUpLogged: FollowUpLoggedData,
  EntryVoided: EntryVoidedData,
  EnrolmentCancelled: EnrolmentCancelledData,
  EnrolmentCorrected: EnrolmentCorrectedData,
  ParticipantExited: ParticipantExitedData,
  ParticipantTransferred: ParticipantTransferredData,
  ReturnedToCustody: ReturnedToCustodyData,
  ConsentWithdrawn: ConsentWithdrawnData,
  PersonalDataErased: PersonalDataErasedData,
  ContactDetailsUpdated: ContactDetailsUpdatedData,
};

/**
 * Whether `data` is a valid payload of that event type at its current schema version. It answers
 * as `upcastEvent` succeeding on current-version data would, but only checks (the codecs' `is`),
 * building no decoded copy and no errors: the store asks it of every event it is given to write.
 * When it says no, `upcastEvent` tells why.
 */
export const isCurrentEventData = (type: ParticipantEventType, data: unknown): boolean => currentDataCodecs[type].is(data);
