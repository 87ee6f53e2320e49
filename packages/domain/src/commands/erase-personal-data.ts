import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { ErasureBasis } from '../vocabulary/lifecycle-reasons';

/** Erasure under UU PDP: on what ground, and when it was asked for. It happens today. */
export const ErasePersonalData = struct('ErasePersonalData', 'reject', {
  type: t.literal('ErasePersonalData'),
  participantId: ParticipantId,
  basis: ErasureBasis,
  requestedOn: LocalDate,
});
export type ErasePersonalData = t.TypeOf<typeof ErasePersonalData>;
