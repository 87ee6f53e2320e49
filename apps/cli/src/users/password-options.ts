import { generatePassword } from '@binaan/accounts';
import type { CliIo } from '../cli/cli-io';
import { UserError } from '../cli/user-error';

export interface PasswordOptionValues {
  readonly password?: string;
  readonly passwordStdin?: boolean;
}

export interface ChosenPassword {
  readonly password: string;
  /** Made here: printed once, since nobody else knows it. */
  readonly generated: boolean;
}

/**
 * The password from standard input (`--password-stdin`, its first line), from `--password` when the
 * user asks for it in the arguments (where other users of the machine may see it), or made at random.
 */
export const choosePassword = async (options: PasswordOptionValues, io: CliIo): Promise<ChosenPassword> => {
  if (options.password !== undefined && options.passwordStdin === true) {
    throw new UserError('--password and --password-stdin exclude each other', 'Prefer --password-stdin, so the password is not in the process list');
  }
  if (options.passwordStdin === true) {
    if (io.readStdin === undefined) throw new UserError('--password-stdin: standard input cannot be read here', 'Pipe the password in');
    const firstLine = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
    return { password: firstLine, generated: false };
  }
  if (options.password !== undefined) return { password: options.password, generated: false };
  return { password: generatePassword(), generated: true };
};
