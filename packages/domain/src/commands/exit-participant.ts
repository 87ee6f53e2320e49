import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { NotePersonalData } from '../personal-data/note-personal-data';
import { ExitReason } from '../vocabulary/lifecycle-reasons';

const exitFields = { type: t.literal('ExitParticipant'), participantId: ParticipantId, exitedOn: LocalDate, reason: ExitReason };

export const ExitParticipantInput = struct('ExitParticipantInput', 'reject', exitFields, { personalData: NotePersonalData });
export type ExitParticipantInput = t.TypeOf<typeof ExitParticipantInput>;

export const ExitParticipant = struct('ExitParticipant', 'reject', exitFields, { personalData: EncryptedEnvelope });
export type ExitParticipant = t.TypeOf<typeof ExitParticipant>;
