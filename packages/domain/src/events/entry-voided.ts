import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { EventId, ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { VoidReason } from '../vocabulary/lifecycle-reasons';
import { VoidableEventType } from './voidable-event-type';

/**
 * An entry of the record was made in error (pembatalan entri). Figures treat the voided event as if
 * it never happened; the history keeps both. The right entry, if any, is then recorded as usual.
 */
export const EntryVoidedData = struct(
  'EntryVoidedData',
  'strip',
  {
    schemaVersion: t.literal(1),
    participantId: ParticipantId,
    voidedEventId: EventId,
    voidedType: VoidableEventType,
    reason: VoidReason,
  },
  { personalData: EncryptedEnvelope },
);
export type EntryVoidedData = t.TypeOf<typeof EntryVoidedData>;

export const EntryVoided = struct('EntryVoided', 'strip', { type: t.literal('EntryVoided'), data: EntryVoidedData });
export type EntryVoided = t.TypeOf<typeof EntryVoided>;
