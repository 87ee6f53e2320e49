import { UserError } from '../cli/user-error';

/** Checks a --format value against the formats the command offers. */
export const parseFormat = <F extends string>(value: string, allowed: readonly F[]): F => {
  if (!(allowed as readonly string[]).includes(value)) {
    throw UserError.of('notOneOfFormats', { value, allowed: allowed.join(', '), first: allowed[0] ?? '' });
  }
  return value as F;
};
