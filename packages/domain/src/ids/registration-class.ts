import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

/**
 * The class of a registration number (a category, not personal data): A.I–A.V for pre-trial detainees,
 * B.I over one year, B.IIa three months to one year, B.IIb up to three months, B.III.
 */
export const registrationClasses = ['A.I', 'A.II', 'A.III', 'A.IV', 'A.V', 'B.I', 'B.IIa', 'B.IIb', 'B.III'] as const;

export const RegistrationClass = oneOf('RegistrationClass', registrationClasses);
export type RegistrationClass = t.TypeOf<typeof RegistrationClass>;
