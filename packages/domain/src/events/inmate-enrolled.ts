import * as t from 'io-ts';
import { positiveInteger } from '../codecs/positive-integer';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId, ProgrammeId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';

export const InmateEnrolledData = struct('InmateEnrolledData', 'strip', {
  schemaVersion: t.literal(1),
  participantId: ParticipantId,
  programmeId: ProgrammeId,
  curriculumVersion: positiveInteger,
  facilityId: FacilityId,
  registrationClass: RegistrationClass,
  enrolledOn: LocalDate,
  consent: struct('RecordedConsent', 'strip', { given: t.literal(true), recordedOn: LocalDate }),
  personalData: EncryptedEnvelope,
});
export type InmateEnrolledData = t.TypeOf<typeof InmateEnrolledData>;

export const InmateEnrolled = struct('InmateEnrolled', 'strip', {
  type: t.literal('InmateEnrolled'),
  data: InmateEnrolledData,
});
export type InmateEnrolled = t.TypeOf<typeof InmateEnrolled>;
