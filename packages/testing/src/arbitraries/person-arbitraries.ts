import * as fc from 'fast-check';
import { addMonths, EnrolmentPersonalData, FollowUpPersonalData, LocalDate } from '@binaan/domain';
import {
  syntheticFamilyNames,
  syntheticGivenNames,
  syntheticNik,
  syntheticRegistrationNumber,
} from '../fixtures/synthetic-people';
import { arbLocalDate, arbRegistrationClass } from './value-arbitraries';

/** Synthetic people only: made-up names, NIKs that pass the format and agree with the birth date. */
export const arbEnrolmentPersonalData = (today: LocalDate): fc.Arbitrary<EnrolmentPersonalData> =>
  fc
    .record({
      givenName: fc.constantFrom(...syntheticGivenNames),
      familyName: fc.constantFrom(...syntheticFamilyNames),
      registrationClass: arbRegistrationClass,
      serial: fc.integer({ min: 1, max: 9999 }),
      // Adults only: a birth date can then never coincide with the business dates that messages name.
      birthDate: arbLocalDate('1950-01-01' as LocalDate, addMonths(today, -18 * 12)),
      female: fc.boolean(),
      withNik: fc.boolean(),
      withBirthDate: fc.boolean(),
    })
    .map((person) => ({
      fullName: `${person.givenName} ${person.familyName}`,
      registrationNumber: syntheticRegistrationNumber(person.registrationClass, person.serial),
      ...(person.withNik ? { nik: syntheticNik(person.birthDate, { female: person.female, serial: person.serial }) } : {}),
      ...(person.withBirthDate ? { birthDate: person.birthDate } : {}),
    }));

const noteLines = [
  'Sudah membuka usaha sulam di rumah.',
  'Membutuhkan modal untuk membeli benang.',
  'Keluarga mendukung kegiatan usaha.',
  'Belum bekerja, masih mencari pekerjaan.',
];

export const arbFollowUpPersonalData: fc.Arbitrary<FollowUpPersonalData> = fc
  .subarray(noteLines, { minLength: 1 })
  .map((lines) => ({ notes: lines.join(' ') }));
