import { isAfter } from '../dates/date-arithmetic';
import { EnrolmentPersonalData } from '../personal-data/enrolment-personal-data';
import { nikDisagreesWithBirthDate } from '../personal-data/nik-birth-date';
import { DecodeIssue, decodeIssue, DecodeWarning } from './decode-error';

/**
 * The one rule about personal data that compares it with the rest of the command. It is judged at
 * the edge because the decider never sees personal data in clear: it only carries the sealed envelope.
 */
export const birthDateIssues = (personalData: EnrolmentPersonalData, enrolledOn: string): readonly DecodeIssue[] =>
  personalData.birthDate !== undefined && isAfter(personalData.birthDate, enrolledOn as typeof personalData.birthDate)
    ? [decodeIssue('personalData.birthDate', `must not be after enrolledOn (${enrolledOn})`)]
    : [];

/** A disagreeing NIK is worth a look but never a reason to turn a person away. */
export const nikWarnings = ({ nik, birthDate }: EnrolmentPersonalData): readonly DecodeWarning[] =>
  nik !== undefined && birthDate !== undefined && nikDisagreesWithBirthDate(nik, birthDate)
    ? [decodeIssue('personalData.nik', 'the birth date in digits 7-12 does not match personalData.birthDate')]
    : [];

/** A change or a way to reach someone must say something: an empty object changes nothing. */
export const atLeastOneField = (path: string, value: object): readonly DecodeIssue[] =>
  Object.values(value).some((field) => field !== undefined) ? [] : [decodeIssue(path, 'must give at least one field')];

/** `other` says nothing by itself: it needs the note that says what. */
export const noteForOtherReason = (command: { readonly reason: string; readonly personalData?: { readonly note: string } }): readonly DecodeIssue[] =>
  command.reason === 'other' && command.personalData === undefined ? [decodeIssue('personalData.note', 'is required when reason is other')] : [];
