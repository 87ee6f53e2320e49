import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { FollowUpPersonalData } from '../personal-data/follow-up-personal-data';
import { Employment } from '../vocabulary/employment';
import { ContactChannel, ContactOutcome, NotReachedReason, SupportCode } from '../vocabulary/follow-up-contact';

const logFollowUpFields = {
  type: t.literal('LogFollowUp'),
  participantId: ParticipantId,
  contactedOn: LocalDate,
  channel: ContactChannel,
  outcome: ContactOutcome,
  needs: t.readonlyArray(SupportCode),
  referrals: t.readonlyArray(SupportCode),
};
const logFollowUpOptionalFields = { notReachedReason: NotReachedReason, employment: Employment };

/** As it arrives from outside, with the case worker's notes in clear. */
export const LogFollowUpInput = struct('LogFollowUpInput', 'reject', logFollowUpFields, {
  ...logFollowUpOptionalFields,
  personalData: FollowUpPersonalData,
});
export type LogFollowUpInput = t.TypeOf<typeof LogFollowUpInput>;

/** What `decide` takes: the notes, when there are any, sealed under the participant's data key. */
export const LogFollowUp = struct('LogFollowUp', 'reject', logFollowUpFields, {
  ...logFollowUpOptionalFields,
  personalData: EncryptedEnvelope,
});
export type LogFollowUp = t.TypeOf<typeof LogFollowUp>;
