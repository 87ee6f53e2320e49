import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { RegencyCode } from '../ids/regency-code';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId, ProgrammeId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { EnrolmentPersonalData } from '../personal-data/enrolment-personal-data';

const Consent = struct('Consent', 'reject', { given: t.boolean, recordedOn: LocalDate });

const enrollInmateFields = {
  type: t.literal('EnrollInmate'),
  participantId: ParticipantId,
  programmeId: ProgrammeId,
  facilityId: FacilityId,
  registrationClass: RegistrationClass,
  enrolledOn: LocalDate,
  consent: Consent,
};

/** As it arrives from outside, with the person's data in clear. */
export const EnrollInmateInput = struct(
  'EnrollInmateInput',
  'reject',
  { ...enrollInmateFields, personalData: EnrolmentPersonalData },
  { homeRegency: RegencyCode },
);
export type EnrollInmateInput = t.TypeOf<typeof EnrollInmateInput>;

/** What `decide` takes: the person's data sealed under their data key. */
export const EnrollInmate = struct('EnrollInmate', 'reject', { ...enrollInmateFields, personalData: EncryptedEnvelope }, { homeRegency: RegencyCode });
export type EnrollInmate = t.TypeOf<typeof EnrollInmate>;
