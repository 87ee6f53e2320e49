import type * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { refinedString } from '../codecs/refined-string';
import { withoutInvisibles } from '../codecs/text-problem';

const REGISTER_LENGTH = { min: 1, max: 64 } as const;
const text = boundedString('RegistrationNumber', REGISTER_LENGTH.min, REGISTER_LENGTH.max);
/** Printable ASCII: what a register entry is written in, once compatibility forms are folded. */
const LATIN_REGISTER = /^[\x20-\x7E]*$/;

/**
 * A register entry (nomor registrasi) as the registrar typed it. It must be written in Latin
 * letters, digits and punctuation: a Cyrillic or Greek look-alike letter would make a second
 * enrolment of the same person look like another person.
 */
export const RegistrationNumber: t.Type<string, string, unknown> = refinedString<string>('RegistrationNumber', (candidate) => {
  if (!text.is(candidate)) {
    const decoded = text.decode(candidate);
    return decoded._tag === 'Left' ? (decoded.left[0]?.message ?? 'must be a register entry') : undefined;
  }
  return LATIN_REGISTER.test(withoutInvisibles(candidate.normalize('NFKC')))
    ? undefined
    : 'must be written in Latin letters, digits and punctuation';
});

/**
 * The form of a register entry that identifies it: compatibility forms folded (NFKC), invisible
 * characters removed, spacing collapsed, letters in upper case. Clerks vary in all of these, and
 * "one enrolment per person" must not.
 */
export const registrationKey = (registrationNumber: string): string =>
  withoutInvisibles(registrationNumber.normalize('NFKC')).trim().replace(/\s+/g, ' ').toUpperCase();
