import type * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { Nik } from '../ids/nik';
import { RegistrationNumber } from './registration-number';

/** The enrolment's personal data that was wrong, in clear: only the fields that change. */
export const EnrolmentPersonalDataCorrection = struct(
  'EnrolmentPersonalDataCorrection',
  'reject',
  {},
  {
    fullName: boundedString('FullName', 1, 200),
    registrationNumber: RegistrationNumber,
    nik: Nik,
    birthDate: LocalDate,
  },
);
export type EnrolmentPersonalDataCorrection = t.TypeOf<typeof EnrolmentPersonalDataCorrection>;
