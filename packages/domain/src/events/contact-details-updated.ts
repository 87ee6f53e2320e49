import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';

/** How to reach her after release changed; the details are sealed. */
export const ContactDetailsUpdatedData = struct('ContactDetailsUpdatedData', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  updatedOn: LocalDate,
  personalData: EncryptedEnvelope,
});
export type ContactDetailsUpdatedData = t.TypeOf<typeof ContactDetailsUpdatedData>;

export const ContactDetailsUpdated = struct('ContactDetailsUpdated', 'strip', {
  type: t.literal('ContactDetailsUpdated'),
  data: ContactDetailsUpdatedData,
});
export type ContactDetailsUpdated = t.TypeOf<typeof ContactDetailsUpdated>;
