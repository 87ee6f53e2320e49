import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { EventId, ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { NotePersonalData } from '../personal-data/note-personal-data';
import { VoidReason } from '../vocabulary/lifecycle-reasons';
import { CommandActor } from './command-actor';

const voidEntryFields = {
  type: t.literal('VoidEntry'),
  participantId: ParticipantId,
  eventId: EventId,
  reason: VoidReason,
};

/** As it arrives from outside: the entry to void, why, and (required for `other`) a note in clear. */
export const VoidEntryInput = struct('VoidEntryInput', 'reject', voidEntryFields, { personalData: NotePersonalData });
export type VoidEntryInput = t.TypeOf<typeof VoidEntryInput>;

/** What `decide` takes: the note sealed, and who voids. */
export const VoidEntry = struct('VoidEntry', 'reject', { ...voidEntryFields, by: CommandActor }, { personalData: EncryptedEnvelope });
export type VoidEntry = t.TypeOf<typeof VoidEntry>;
