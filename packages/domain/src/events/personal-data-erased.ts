import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { ErasureBasis } from '../vocabulary/lifecycle-reasons';

/**
 * The participant's personal data was erased under UU PDP: her data key is deleted right after this
 * event, so every envelope sealed for her stays unreadable. The figures and the history keep her
 * anonymous record. The event itself holds no personal data.
 */
export const PersonalDataErasedData = struct('PersonalDataErasedData', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  erasedOn: LocalDate,
  basis: ErasureBasis,
  requestedOn: LocalDate,
});
export type PersonalDataErasedData = t.TypeOf<typeof PersonalDataErasedData>;

export const PersonalDataErased = struct('PersonalDataErased', 'strip', { type: t.literal('PersonalDataErased'), data: PersonalDataErasedData });
export type PersonalDataErased = t.TypeOf<typeof PersonalDataErased>;
