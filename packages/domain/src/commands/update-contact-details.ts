import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { ContactDetails } from '../personal-data/contact-details';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';

const updateFields = { type: t.literal('UpdateContactDetails'), participantId: ParticipantId, updatedOn: LocalDate };

/** How to reach her now, in clear. */
export const UpdateContactDetailsInput = struct('UpdateContactDetailsInput', 'reject', { ...updateFields, personalData: ContactDetails });
export type UpdateContactDetailsInput = t.TypeOf<typeof UpdateContactDetailsInput>;

export const UpdateContactDetails = struct('UpdateContactDetails', 'reject', { ...updateFields, personalData: EncryptedEnvelope });
export type UpdateContactDetails = t.TypeOf<typeof UpdateContactDetails>;
