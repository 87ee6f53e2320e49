import * as t from 'io-ts';
import { refinedString } from './refined-string';

/** Free text with a length limit; blank text counts as missing. */
export const boundedString = (name: string, min: number, max: number): t.Type<string, string, unknown> =>
  refinedString<string>(name, (s) => {
    if (s.trim().length === 0 && min > 0) {
      return 'must not be blank';
    }
    return s.length < min || s.length > max ? `must be ${min} to ${max} characters, got ${s.length}` : undefined;
  });
