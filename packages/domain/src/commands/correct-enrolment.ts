import * as t from 'io-ts';
import { positiveInteger } from '../codecs/positive-integer';
import { struct } from '../codecs/struct';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { EnrolmentPersonalDataCorrection } from '../personal-data/enrolment-correction-personal-data';

const correctEnrolmentFields = { type: t.literal('CorrectEnrolment'), participantId: ParticipantId };
const correctableFields = { facilityId: FacilityId, registrationClass: RegistrationClass, curriculumVersion: positiveInteger };

/** The enrolment fields that were wrong, with their right values; personal data in clear. */
export const CorrectEnrolmentInput = struct('CorrectEnrolmentInput', 'reject', correctEnrolmentFields, {
  ...correctableFields,
  personalData: EnrolmentPersonalDataCorrection,
});
export type CorrectEnrolmentInput = t.TypeOf<typeof CorrectEnrolmentInput>;

export const CorrectEnrolment = struct('CorrectEnrolment', 'reject', correctEnrolmentFields, { ...correctableFields, personalData: EncryptedEnvelope });
export type CorrectEnrolment = t.TypeOf<typeof CorrectEnrolment>;
