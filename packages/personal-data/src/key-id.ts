import { PersonalDataInputError } from './errors';

export const MAX_KEY_ID_LENGTH = 128;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A key id (`kid`, the participant id): a non-empty printable string, stored and logged as is. */
export const validateKeyId = (kid: unknown, field = 'kid'): string => {
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > MAX_KEY_ID_LENGTH) {
    throw new PersonalDataInputError(field, `must be a string of 1..${MAX_KEY_ID_LENGTH} characters`);
  }
  if (CONTROL_CHARACTERS.test(kid)) {
    throw new PersonalDataInputError(field, 'must not contain control characters');
  }
  return kid;
};
