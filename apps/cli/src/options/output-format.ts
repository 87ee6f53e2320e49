import { UserError } from '../cli/user-error';

/** Checks a --format value against the formats the command offers. */
export const parseFormat = <F extends string>(value: string, allowed: readonly F[]): F => {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`--format: "${value}" is not one of ${allowed.join(', ')}`, `Use --format ${allowed[0]}`);
  }
  return value as F;
};
