import { civilDateOf, LocalDate } from '../dates/local-date';
import { Nik, nikBirthDateOf } from '../ids/nik';

/** True when the NIK's DDMMYY disagrees with the stated birth date (the century cannot be checked). */
export const nikDisagreesWithBirthDate = (nik: Nik, birthDate: LocalDate): boolean => {
  const written = nikBirthDateOf(nik);
  const stated = civilDateOf(birthDate);
  return written.day !== stated.day || written.month !== stated.month || written.twoDigitYear !== stated.year % 100;
};
