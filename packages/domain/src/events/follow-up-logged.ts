import * as t from 'io-ts';
import { nullable } from '../codecs/nullable';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { StoredEmployment } from '../vocabulary/employment';
import { ContactChannel, ContactOutcome, NotReachedReason, SupportCode } from '../vocabulary/follow-up-contact';
import { Milestone, milestones } from '../vocabulary/milestone';

export const FollowUpLoggedData = struct(
  'FollowUpLoggedData',
  'strip',
  {
    schemaVersion: t.literal(1),
    participantId: ParticipantId,
    contactedOn: LocalDate,
    channel: ContactChannel,
    outcome: ContactOutcome,
    needs: t.readonlyArray(SupportCode),
    referrals: t.readonlyArray(SupportCode),
    /** The milestone window holding `contactedOn`, fixed when the contact was logged. */
    milestone: nullable(Milestone, `must be one of ${milestones.join(', ')} or null`),
  },
  {
    notReachedReason: NotReachedReason,
    employment: StoredEmployment,
    personalData: EncryptedEnvelope,
  },
);
export type FollowUpLoggedData = t.TypeOf<typeof FollowUpLoggedData>;

export const FollowUpLogged = struct('FollowUpLogged', 'strip', {
  type: t.literal('FollowUpLogged'),
  data: FollowUpLoggedData,
});
export type FollowUpLogged = t.TypeOf<typeof FollowUpLogged>;
