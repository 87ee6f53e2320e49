import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';

/** The participant withdrew her consent: no further contact may record notes or employment detail. */
export const ConsentWithdrawnData = struct('ConsentWithdrawnData', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  withdrawnOn: LocalDate,
});
export type ConsentWithdrawnData = t.TypeOf<typeof ConsentWithdrawnData>;

export const ConsentWithdrawn = struct('ConsentWithdrawn', 'strip', { type: t.literal('ConsentWithdrawn'), data: ConsentWithdrawnData });
export type ConsentWithdrawn = t.TypeOf<typeof ConsentWithdrawn>;
