import * as t from 'io-ts';
import { positiveInteger } from '../codecs/positive-integer';
import { struct } from '../codecs/struct';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';

/**
 * Enrolment details that were wrong, put right: only the fields that change. Corrected personal data
 * is sealed like the original and read over it, field by field.
 */
export const EnrolmentCorrectedData = struct(
  'EnrolmentCorrectedData',
  'strip',
  { schemaVersion: t.literal(1), participantId: ParticipantId },
  {
    facilityId: FacilityId,
    registrationClass: RegistrationClass,
    curriculumVersion: positiveInteger,
    personalData: EncryptedEnvelope,
  },
);
export type EnrolmentCorrectedData = t.TypeOf<typeof EnrolmentCorrectedData>;

export const EnrolmentCorrected = struct('EnrolmentCorrected', 'strip', { type: t.literal('EnrolmentCorrected'), data: EnrolmentCorrectedData });
export type EnrolmentCorrected = t.TypeOf<typeof EnrolmentCorrected>;
