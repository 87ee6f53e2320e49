import type { AccountScope } from '@binaan/accounts';
import { UserError } from '../cli/user-error';

export interface ScopeOptionValues {
  readonly facility: readonly string[];
  readonly programme: readonly string[];
  readonly national?: boolean;
}

/**
 * `--national`, or `--facility` and/or `--programme` (repeatable). A dimension not named is not limited:
 * a registrar with `--facility` sees every programme in her prison, an assessor with `--programme` her
 * programmes in every prison.
 */
export const scopeFromOptions = (options: ScopeOptionValues): AccountScope => {
  const limited = options.facility.length > 0 || options.programme.length > 0;
  if (options.national === true && limited) {
    throw new UserError('--national excludes --facility and --programme', 'Give either --national, or the facilities and programmes');
  }
  if (options.national !== true && !limited) {
    throw new UserError('one of --facility, --programme or --national is required', 'Say where the account may work, e.g. --facility lapas-perempuan-malang');
  }
  return {
    facilities: options.facility.length > 0 ? options.facility : 'all',
    programmes: options.programme.length > 0 ? options.programme : 'all',
  };
};

export const collect = (value: string, previous: readonly string[]): readonly string[] => [...previous, value];
