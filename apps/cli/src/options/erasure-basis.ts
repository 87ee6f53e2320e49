import { erasureBases, type ErasureBasis } from '@binaan/domain';
import { UserError } from '../cli/user-error';

/** The lawful ground of an erasure, as --basis gives it. */
export const parseErasureBasis = (value: string | undefined): ErasureBasis => {
  if (value === undefined) {
    throw new UserError(`--basis is required: the ground of the erasure, one of ${erasureBases.join(', ')}`, 'Give for example --basis subject_request');
  }
  const basis = erasureBases.find((candidate) => candidate === value);
  if (basis === undefined) {
    throw new UserError(`--basis: "${value}" is not one of ${erasureBases.join(', ')}`, 'Give for example --basis subject_request');
  }
  return basis;
};
