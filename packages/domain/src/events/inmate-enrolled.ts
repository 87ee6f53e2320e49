import * as t from 'io-ts';
import { positiveInteger } from '../codecs/positive-integer';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { RegencyCode } from '../ids/regency-code';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId, ProgrammeId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';

export const InmateEnrolledData = struct(
  'InmateEnrolledData',
  'strip',
  {
    schemaVersion: t.literal(1),
    participantId: ParticipantId,
    programmeId: ProgrammeId,
    curriculumVersion: positiveInteger,
    facilityId: FacilityId,
    registrationClass: RegistrationClass,
    enrolledOn: LocalDate,
    consent: struct('RecordedConsent', 'strip', { given: t.literal(true), recordedOn: LocalDate }),
    personalData: EncryptedEnvelope,
  },
  {
    /** Her earlier enrolment in the same programme, when this one is a re-enrolment: enrolments and people count apart. */
    previousParticipantId: ParticipantId,
    /** The kabupaten or kota she expects to return to after release. */
    homeRegency: RegencyCode,
  },
);
export type InmateEnrolledData = t.TypeOf<typeof InmateEnrolledData>;

export const InmateEnrolled = struct('InmateEnrolled', 'strip', {
  type: t.literal('InmateEnrolled'),
  data: InmateEnrolledData,
});
export type InmateEnrolled = t.TypeOf<typeof InmateEnrolled>;
