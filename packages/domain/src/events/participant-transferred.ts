import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { FacilityId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';

/** Pemindahan to another unit that runs the same programme: she continues there. */
export const ParticipantTransferredData = struct('ParticipantTransferredData', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  transferredOn: LocalDate,
  fromFacilityId: FacilityId,
  toFacilityId: FacilityId,
});
export type ParticipantTransferredData = t.TypeOf<typeof ParticipantTransferredData>;

export const ParticipantTransferred = struct('ParticipantTransferred', 'strip', {
  type: t.literal('ParticipantTransferred'),
  data: ParticipantTransferredData,
});
export type ParticipantTransferred = t.TypeOf<typeof ParticipantTransferred>;
