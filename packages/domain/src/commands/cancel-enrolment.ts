import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { NotePersonalData } from '../personal-data/note-personal-data';
import { VoidReason } from '../vocabulary/lifecycle-reasons';
import { CommandActor } from './command-actor';

const cancelEnrolmentFields = { type: t.literal('CancelEnrolment'), participantId: ParticipantId, reason: VoidReason };

/** An enrolment entered in error, as it arrives from outside. */
export const CancelEnrolmentInput = struct('CancelEnrolmentInput', 'reject', cancelEnrolmentFields, { personalData: NotePersonalData });
export type CancelEnrolmentInput = t.TypeOf<typeof CancelEnrolmentInput>;

export const CancelEnrolment = struct('CancelEnrolment', 'reject', { ...cancelEnrolmentFields, by: CommandActor }, { personalData: EncryptedEnvelope });
export type CancelEnrolment = t.TypeOf<typeof CancelEnrolment>;
