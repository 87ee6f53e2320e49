import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { FacilityId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';

/** Carries no personal data, so input and sealed forms are the same. */
export const TransferParticipant = struct('TransferParticipant', 'reject', {
  type: t.literal('TransferParticipant'),
  participantId: ParticipantId,
  transferredOn: LocalDate,
  toFacilityId: FacilityId,
});
export type TransferParticipant = t.TypeOf<typeof TransferParticipant>;
