import { erasureBases, type ErasureBasis } from '@binaan/domain';
import { UserError } from '../cli/user-error';

/** The lawful ground of an erasure, as --basis gives it. */
export const parseErasureBasis = (value: string | undefined): ErasureBasis => {
  if (value === undefined) {
    throw UserError.of('basisRequired', { allowed: erasureBases.join(', ') });
  }
  const basis = erasureBases.find((candidate) => candidate === value);
  if (basis === undefined) {
    throw UserError.of('basisUnknown', { value, allowed: erasureBases.join(', ') });
  }
  return basis;
};
