import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { ExitReason } from '../vocabulary/lifecycle-reasons';

/** The participant left the programme before graduating or being released; she takes no further assessment. */
export const ParticipantExitedData = struct(
  'ParticipantExitedData',
  'strip',
  { schemaVersion: t.literal(1), participantId: ParticipantId, exitedOn: LocalDate, reason: ExitReason },
  { personalData: EncryptedEnvelope },
);
export type ParticipantExitedData = t.TypeOf<typeof ParticipantExitedData>;

export const ParticipantExited = struct('ParticipantExited', 'strip', { type: t.literal('ParticipantExited'), data: ParticipantExitedData });
export type ParticipantExited = t.TypeOf<typeof ParticipantExited>;
