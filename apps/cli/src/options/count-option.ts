import { UserError } from '../cli/user-error';

/** A whole number option within bounds, e.g. --participants 300. */
export const parseCount = (option: string, value: string, min: number, max: number): number => {
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw UserError.of('notWholeNumber', { option, value, min, max });
  }
  return parsed;
};
