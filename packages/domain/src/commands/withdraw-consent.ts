import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';

export const WithdrawConsent = struct('WithdrawConsent', 'reject', {
  type: t.literal('WithdrawConsent'),
  participantId: ParticipantId,
  withdrawnOn: LocalDate,
});
export type WithdrawConsent = t.TypeOf<typeof WithdrawConsent>;
