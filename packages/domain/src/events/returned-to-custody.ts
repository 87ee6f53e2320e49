import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { CustodyReturnKind } from '../vocabulary/lifecycle-reasons';

/** A released person is in custody again; her follow-up schedule ends. */
export const ReturnedToCustodyData = struct('ReturnedToCustodyData', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  returnedOn: LocalDate,
  kind: CustodyReturnKind,
});
export type ReturnedToCustodyData = t.TypeOf<typeof ReturnedToCustodyData>;

export const ReturnedToCustody = struct('ReturnedToCustody', 'strip', { type: t.literal('ReturnedToCustody'), data: ReturnedToCustodyData });
export type ReturnedToCustody = t.TypeOf<typeof ReturnedToCustody>;
