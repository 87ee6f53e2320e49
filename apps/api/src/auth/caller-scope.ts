/**
 * Which participants a caller may see and write: those held in one of `facilities` (prison units) and,
 * for assessors, enrolled in one of `programmes` (those their training provider delivers). `'all'` is
 * national reach (admins, national auditors and viewers).
 */
export interface CallerScope {
  readonly facilities: 'all' | readonly string[];
  readonly programmes: 'all' | readonly string[];
}

export const nationalScope: CallerScope = { facilities: 'all', programmes: 'all' };

const isIdList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.length <= 1000 && value.every((id) => typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id));

/** A scope read from outside (a token claim, an account row); undefined when it is not one. */
export const callerScopeFrom = (value: unknown): CallerScope | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { facilities, programmes } = value as Record<string, unknown>;
  const facilityScope = facilities === 'all' ? 'all' : isIdList(facilities) ? facilities : undefined;
  const programmeScope = programmes === 'all' ? 'all' : isIdList(programmes) ? programmes : undefined;
  return facilityScope === undefined || programmeScope === undefined ? undefined : { facilities: facilityScope, programmes: programmeScope };
};

export const scopeIncludesFacility = (scope: CallerScope, facilityId: string): boolean =>
  scope.facilities === 'all' || scope.facilities.includes(facilityId);

export const scopeIncludesProgramme = (scope: CallerScope, programmeId: string): boolean =>
  scope.programmes === 'all' || scope.programmes.includes(programmeId);
