import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { CustodyReturnKind } from '../vocabulary/lifecycle-reasons';

export const RecordReturnToCustody = struct('RecordReturnToCustody', 'reject', {
  type: t.literal('RecordReturnToCustody'),
  participantId: ParticipantId,
  returnedOn: LocalDate,
  kind: CustodyReturnKind,
});
export type RecordReturnToCustody = t.TypeOf<typeof RecordReturnToCustody>;
