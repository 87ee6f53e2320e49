import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { VoidReason } from '../vocabulary/lifecycle-reasons';

/** An enrolment entered in error: the participant leaves every figure; the stream and its history stay. */
export const EnrolmentCancelledData = struct(
  'EnrolmentCancelledData',
  'strip',
  { schemaVersion: t.literal(1), participantId: ParticipantId, reason: VoidReason },
  { personalData: EncryptedEnvelope },
);
export type EnrolmentCancelledData = t.TypeOf<typeof EnrolmentCancelledData>;

export const EnrolmentCancelled = struct('EnrolmentCancelled', 'strip', { type: t.literal('EnrolmentCancelled'), data: EnrolmentCancelledData });
export type EnrolmentCancelled = t.TypeOf<typeof EnrolmentCancelled>;
