import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { DecodeError, decodeError, decodeIssue } from '../decoding/decode-error';
import { decodeWith } from '../decoding/decode-with';
import { FollowUpLoggedData } from './follow-up-logged';
import { InmateEnrolledData } from './inmate-enrolled';
import { InmateReleasedData } from './inmate-released';
import { ModuleCompletedData, ModuleCompletedDataV1, upcastModuleCompletedV1 } from './module-completed';
import { EntryVoidedData } from './entry-voided';
import { EnrolmentCancelledData } from './enrolment-cancelled';
import { EnrolmentCorrectedData } from './enrolment-corrected';
import { ParticipantExitedData } from './participant-exited';
import { ParticipantTransferredData } from './participant-transferred';
import { ReturnedToCustodyData } from './returned-to-custody';
import { ConsentWithdrawnData } from './consent-withdrawn';
import { PersonalDataErasedData } from './personal-data-erased';
import { ContactDetailsUpdatedData } from './contact-details-updated';
import { isParticipantEventType, ParticipantEvent, participantEventTypes } from './participant-event';

type ReadData<A> = (rawData: unknown) => E.Either<DecodeError, A>;

/** One reader per stored schema version; each takes its version straight to the current one. */
const byVersion =
  <A>(readers: Readonly<Record<number, ReadData<A>>>): ReadData<A> =>
  (rawData) => {
    const version =
      typeof rawData === 'object' && rawData !== null ? (rawData as Record<string, unknown>)['schemaVersion'] : undefined;
    const read = typeof version === 'number' ? readers[version] : undefined;
    if (read !== undefined) {
      return read(rawData);
    }
    const rule = version === undefined ? 'is required' : `must be one of ${Object.keys(readers).join(', ')}`;
    return E.left(decodeError([decodeIssue('schemaVersion', rule)]));
  };

const readers: { readonly [K in ParticipantEvent['type']]: ReadData<Extract<ParticipantEvent, { type: K }>['data']> } = {
  InmateEnrolled: byVersion({ 1: decodeWith(InmateEnrolledData) }),
  ModuleCompleted: byVersion({
    1: (rawData) => pipe(rawData, decodeWith(ModuleCompletedDataV1), E.map(upcastModuleCompletedV1)),
    2: decodeWith(ModuleCompletedData),
  }),
  InmateReleased: byVersion({ 1: decodeWith(InmateReleasedData) }),
  FollowUpLogged: byVersion({ 1: decodeWith(FollowUpLoggedData) }),
  EntryVoided: byVersion({ 1: decodeWith(EntryVoidedData) }),
  EnrolmentCancelled: byVersion({ 1: decodeWith(EnrolmentCancelledData) }),
  EnrolmentCorrected: byVersion({ 1: decodeWith(EnrolmentCorrectedData) }),
  ParticipantExited: byVersion({ 1: decodeWith(ParticipantExitedData) }),
  ParticipantTransferred: byVersion({ 1: decodeWith(ParticipantTransferredData) }),
  ReturnedToCustody: byVersion({ 1: decodeWith(ReturnedToCustodyData) }),
  ConsentWithdrawn: byVersion({ 1: decodeWith(ConsentWithdrawnData) }),
  PersonalDataErased: byVersion({ 1: decodeWith(PersonalDataErasedData) }),
  ContactDetailsUpdated: byVersion({ 1: decodeWith(ContactDetailsUpdatedData) }),
};

/** Reads a stored event of any schema version as the current `ParticipantEvent`. */
export const upcastEvent = (type: string, rawData: unknown): E.Either<DecodeError, ParticipantEvent> => {
  if (!isParticipantEventType(type)) {
    return E.left(decodeError([decodeIssue('type', `must be one of ${participantEventTypes.join(', ')}`)]));
  }
  const read: ReadData<ParticipantEvent['data']> = readers[type];
  return pipe(
    read(rawData),
    E.map((data) => ({ type, data }) as ParticipantEvent),
  );
};
