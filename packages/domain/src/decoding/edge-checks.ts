import { Catalogue } from '../catalogue/catalogue-codecs';
import { isAfter } from '../dates/date-arithmetic';
import { LocalDate } from '../dates/local-date';
import { EnrolmentPersonalData } from '../personal-data/enrolment-personal-data';
import { nikDisagreesWithBirthDate } from '../personal-data/nik-birth-date';
import { DecodeIssue, decodeIssue, DecodeWarning } from './decode-error';

/** What edge decoding checks against besides the input's shape. */
export interface DecodeContext {
  readonly catalogue: Catalogue;
  readonly today: LocalDate;
}

/** Past or present business dates, by field path. */
export const futureDateIssues = (
  today: LocalDate,
  datesByPath: readonly (readonly [string, LocalDate | undefined])[],
): readonly DecodeIssue[] =>
  datesByPath.flatMap(([path, date]) =>
    date !== undefined && isAfter(date, today) ? [decodeIssue(path, `must not be after today (${today})`)] : [],
  );

export const unknownIdIssue = (path: string, known: boolean, what: string): readonly DecodeIssue[] =>
  known ? [] : [decodeIssue(path, `must name a ${what} in the catalogue`)];

/** A disagreeing NIK is worth a look but never a reason to turn a person away. */
export const nikWarnings = ({ nik, birthDate }: EnrolmentPersonalData): readonly DecodeWarning[] =>
  nik !== undefined && birthDate !== undefined && nikDisagreesWithBirthDate(nik, birthDate)
    ? [decodeIssue('personalData.nik', 'the birth date in digits 7-12 does not match personalData.birthDate')]
    : [];
