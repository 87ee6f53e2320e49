import * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { Nik } from '../ids/nik';
import { RegistrationNumber } from './registration-number';

/** Who was enrolled, in clear. It exists only in commands, before the command handler seals it. */
export const EnrolmentPersonalData = struct(
  'EnrolmentPersonalData',
  'reject',
  {
    fullName: boundedString('FullName', 1, 200),
    registrationNumber: RegistrationNumber,
  },
  {
    nik: Nik,
    birthDate: LocalDate,
  },
);
export type EnrolmentPersonalData = t.TypeOf<typeof EnrolmentPersonalData>;
