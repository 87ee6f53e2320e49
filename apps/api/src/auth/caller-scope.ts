import type { ParticipantScope } from '@binaan/domain';

/**
 * Which participants a verified caller may see and write: the domain's participant scope (its rule is
 * `packages/domain/src/participant/participant-scope.ts`), taken from her account on every request and
 * never written into events.
 */
export type CallerScope = ParticipantScope;

export { nationalScope, scopeReachesFacility as scopeIncludesFacility, scopeReachesProgramme as scopeIncludesProgramme } from '@binaan/domain';
