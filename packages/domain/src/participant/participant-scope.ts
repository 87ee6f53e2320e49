import type { ParticipantState } from './participant-state';

/**
 * Which participants a member of staff works with: those held in one of `facilities` (prison units)
 * and enrolled in one of `programmes` (for an LPK assessor, the programmes her provider delivers).
 * `'all'` is national reach. Both must reach a participant for her to be in scope.
 */
export interface ParticipantScope {
  readonly facilities: 'all' | readonly string[];
  readonly programmes: 'all' | readonly string[];
}

/**
 * Where a participant belongs, as the scope sees it: the unit that holds her now (after a transfer the
 * new one; after release the last one) and the programme she is enrolled in.
 */
export interface ParticipantPlace {
  readonly facilityId: string;
  readonly programmeId: string;
}

export type ScopedField = keyof ParticipantPlace;

const reaches = (ids: 'all' | readonly string[], id: string): boolean => ids === 'all' || ids.includes(id);

/** Whether the scope reaches a facility (a unit named by a head count, say), whoever it holds. */
export const scopeReachesFacility = (scope: ParticipantScope, facilityId: string): boolean => reaches(scope.facilities, facilityId);

/** Whether the scope reaches a programme. */
export const scopeReachesProgramme = (scope: ParticipantScope, programmeId: string): boolean => reaches(scope.programmes, programmeId);

/** The field of a place the scope does not reach (the facility is judged first), or undefined when it reaches both. */
export const fieldOutsideScope = (scope: ParticipantScope, place: ParticipantPlace): ScopedField | undefined =>
  !reaches(scope.facilities, place.facilityId) ? 'facilityId' : !reaches(scope.programmes, place.programmeId) ? 'programmeId' : undefined;

export const scopeReaches = (scope: ParticipantScope, place: ParticipantPlace): boolean => fieldOutsideScope(scope, place) === undefined;

/** National reach: every facility and every programme (admins, national auditors and viewers). */
export const nationalScope: ParticipantScope = { facilities: 'all', programmes: 'all' };

export const isNationalScope = (scope: ParticipantScope): boolean => scope.facilities === 'all' && scope.programmes === 'all';

/** Where an enrolled participant belongs now, from her own state; undefined before any enrolment. */
export const placeOf = (state: ParticipantState): ParticipantPlace | undefined =>
  state.status === 'enrolled' ? { facilityId: state.facilityId, programmeId: state.programmeId } : undefined;
