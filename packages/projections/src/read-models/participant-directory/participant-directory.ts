import type { ParticipantEvent } from '@binaan/domain';
import type { ParticipantDirectoryRow } from '../read-model-rows';

/** The events that carry a participant's name and registration number, sealed under her data key. */
export type PersonalDataCarrier = 'InmateEnrolled' | 'EnrolmentCorrected';

/**
 * One sealed copy of her personal data as an event carried it: the enrolment's first, then each
 * correction's (which holds only the fields it changes). The envelope is the event's ciphertext, as
 * stored; the event type is the purpose it is bound to when opened.
 */
export interface SealedPersonalData {
  readonly eventId: string | null;
  readonly eventType: PersonalDataCarrier;
  readonly envelope: unknown;
}

export const sealedPersonalDataOf = (row: ParticipantDirectoryRow): readonly SealedPersonalData[] =>
  JSON.parse(row.sealed_personal_data) as readonly SealedPersonalData[];

const withSealed = (row: ParticipantDirectoryRow, sealed: readonly SealedPersonalData[]): ParticipantDirectoryRow => ({
  ...row,
  sealed_personal_data: JSON.stringify(sealed),
});

/**
 * participant_directory after one event: where to find a participant's name, never the name itself.
 * The row keeps the sealed copies, so a copy of the read-model database without the master key holds
 * no name; reading a name opens them (`openParticipantDirectory`). `undefined` means no change, null
 * deletes the row (an erasure).
 */
export const directoryRowAfter = (
  current: ParticipantDirectoryRow | undefined,
  event: ParticipantEvent,
  eventId: string | null,
): ParticipantDirectoryRow | null | undefined => {
  switch (event.type) {
    case 'InmateEnrolled':
      return {
        participant_id: event.data.participantId,
        programme_id: event.data.programmeId,
        sealed_personal_data: JSON.stringify([{ eventId, eventType: 'InmateEnrolled', envelope: event.data.personalData }]),
      };
    case 'EnrolmentCorrected':
      return current === undefined || event.data.personalData === undefined
        ? undefined
        : withSealed(current, [...sealedPersonalDataOf(current), { eventId, eventType: 'EnrolmentCorrected', envelope: event.data.personalData }]);
    case 'EntryVoided': {
      if (current === undefined) return undefined;
      const sealed = sealedPersonalDataOf(current);
      const kept = sealed.filter((copy) => copy.eventId !== event.data.voidedEventId);
      return kept.length === sealed.length ? undefined : withSealed(current, kept);
    }
    case 'PersonalDataErased':
      return null;
    default:
      return undefined;
  }
};
