import * as t from 'io-ts';
import { refinedString } from '../codecs/refined-string';

interface NikBrand {
  readonly Nik: unique symbol;
}

/**
 * Nomor Induk Kependudukan (personal data): province (2), regency (2), district (2),
 * birth date DDMMYY with 40 added to the day for women, serial (4).
 */
export type Nik = string & NikBrand;

/** The birth date written inside a NIK; the century is not recorded. */
export interface NikBirthDate {
  readonly day: number;
  readonly month: number;
  readonly twoDigitYear: number;
  readonly female: boolean;
}

const nikLength = 16;
const femaleDayOffset = 40;

export const nikBirthDateOf = (nik: string): NikBirthDate => {
  const writtenDay = Number(nik.slice(6, 8));
  const female = writtenDay > femaleDayOffset;
  return {
    day: female ? writtenDay - femaleDayOffset : writtenDay,
    month: Number(nik.slice(8, 10)),
    twoDigitYear: Number(nik.slice(10, 12)),
    female,
  };
};

const isPlausibleBirthDate = ({ day, month }: NikBirthDate): boolean => day >= 1 && day <= 31 && month >= 1 && month <= 12;

const brokenNikRule = (candidate: string): string | undefined => {
  if (!/^\d*$/.test(candidate)) {
    return `must be ${nikLength} digits, got characters other than digits`;
  }
  if (candidate.length !== nikLength) {
    return `must be ${nikLength} digits, got ${candidate.length} digits`;
  }
  return isPlausibleBirthDate(nikBirthDateOf(candidate))
    ? undefined
    : 'must hold a birth date DDMMYY in digits 7-12 (day 01-31, or 41-71 for women; month 01-12)';
};

export const Nik: t.Type<Nik, string, unknown> = refinedString<Nik>('Nik', brokenNikRule);
