import * as t from 'io-ts';
import * as O from 'fp-ts/Option';
import { refinedString } from '../codecs/refined-string';
import { CivilDate, daysInMonth } from './epoch-day';

interface LocalDateBrand {
  readonly LocalDate: unique symbol;
}

/** A business date `YYYY-MM-DD` (Asia/Jakarta), a real calendar date between 1900 and 2999. */
export type LocalDate = string & LocalDateBrand;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const civilDateOf = (date: LocalDate): CivilDate => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

export const localDateOf = ({ year, month, day }: CivilDate): LocalDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;

const brokenDateRule = (candidate: string): string | undefined => {
  const match = localDatePattern.exec(candidate);
  if (match === null) {
    return 'must be a date YYYY-MM-DD';
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) {
    return 'must be a date between 1900 and 2999';
  }
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? undefined
    : 'must be a real calendar date';
};

export const LocalDate: t.Type<LocalDate, string, unknown> = refinedString<LocalDate>('LocalDate', brokenDateRule);

export const parseLocalDate = (candidate: string): O.Option<LocalDate> =>
  LocalDate.is(candidate) ? O.some(candidate) : O.none;
