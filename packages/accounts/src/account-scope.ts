/**
 * Where an account may work: the facilities (prison units) and programmes (those the training
 * provider an assessor works for delivers). `'all'` is national reach.
 */
export interface AccountScope {
  readonly facilities: 'all' | readonly string[];
  readonly programmes: 'all' | readonly string[];
}

export const nationalScope: AccountScope = { facilities: 'all', programmes: 'all' };

export const SCOPE_ID_RULE = 'must be 1 to 64 characters of a-z, 0-9 or "-", starting with a letter or digit';

const scopeIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const isScopeId = (candidate: unknown): candidate is string => typeof candidate === 'string' && scopeIdPattern.test(candidate);

const isIdList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.length <= 1000 && value.every(isScopeId);

/** A scope read from outside (a stored row, a token claim); undefined when it is not one. */
export const accountScopeFrom = (value: unknown): AccountScope | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { facilities, programmes } = value as Record<string, unknown>;
  const facilityScope = facilities === 'all' ? 'all' : isIdList(facilities) ? facilities : undefined;
  const programmeScope = programmes === 'all' ? 'all' : isIdList(programmes) ? programmes : undefined;
  return facilityScope === undefined || programmeScope === undefined ? undefined : { facilities: facilityScope, programmes: programmeScope };
};
