import { AccountExistsError, AccountInputError, AccountNotFoundError } from '@binaan/accounts';
import { UserError } from '../cli/user-error';

/** The command-line option each account field comes from, so an error names what the user typed. */
const optionOfField: Readonly<Record<string, string>> = {
  id: '<username>',
  displayName: '--name',
  role: '--role',
  facilities: '--facility',
  programmes: '--programme',
  password: 'the password',
  account: '<username>',
};

/** Account errors as the CLI's one-line user errors: the option, the rule, and what to do. */
export const asUserError = (error: unknown): unknown => {
  if (error instanceof AccountInputError) {
    const field = error.field.replace(/\[\d+\]$/, '');
    return new UserError(`${optionOfField[field] ?? error.field}: ${error.rule}`, 'Correct it and run the command again');
  }
  if (error instanceof AccountExistsError) return new UserError(error.message, 'Choose another username, or change that account');
  if (error instanceof AccountNotFoundError) return new UserError(error.message, 'Check the username with `binaan users list`');
  return error;
};
