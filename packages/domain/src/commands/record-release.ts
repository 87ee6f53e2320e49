import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { RegencyCode } from '../ids/regency-code';
import { ParticipantId } from '../ids/uuid-ids';
import { ContactDetails } from '../personal-data/contact-details';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { ReleaseType } from '../vocabulary/release-type';

const recordReleaseFields = {
  type: t.literal('RecordRelease'),
  participantId: ParticipantId,
  releaseType: ReleaseType,
  releasedOn: LocalDate,
};
const recordReleaseOptionalFields = { supervisionEndsOn: LocalDate, homeRegency: RegencyCode };

/** As it arrives from outside; how to reach her after release, when given, in clear. */
export const RecordReleaseInput = struct('RecordReleaseInput', 'reject', recordReleaseFields, {
  ...recordReleaseOptionalFields,
  personalData: ContactDetails,
});
export type RecordReleaseInput = t.TypeOf<typeof RecordReleaseInput>;

/** What `decide` takes: the contact details, when there are any, sealed. */
export const RecordRelease = struct('RecordRelease', 'reject', recordReleaseFields, { ...recordReleaseOptionalFields, personalData: EncryptedEnvelope });
export type RecordRelease = t.TypeOf<typeof RecordRelease>;
