import { AccountInputError } from './errors';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export const PASSWORD_RULE = `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;

/** The one password rule: long enough to resist guessing, short enough not to make hashing a denial of service. */
export const passwordProblem = (password: string): string | undefined => {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `${PASSWORD_RULE}, got ${length}`;
  if (length > MAX_PASSWORD_LENGTH) return `${PASSWORD_RULE}, got more`;
  return undefined;
};

export const checkPassword = (password: string, field = 'password'): void => {
  const problem = passwordProblem(password);
  if (problem !== undefined) throw new AccountInputError(field, problem);
};
