import type { DomainError, ScopedField } from '@binaan/domain';

/** Rules that span streams or keys, so command handling (not the decider) enforces them. */
export type CrossStreamRuleError =
  | {
      readonly _tag: 'PersonAlreadyEnrolledInProgramme';
      readonly code: 'PERSON_ALREADY_ENROLLED_IN_PROGRAMME';
      readonly message: string;
    }
  | { readonly _tag: 'CommandIdReused'; readonly code: 'IDEMPOTENCY_KEY_REUSED'; readonly message: string };

/** An enrolment into a unit or programme the caller does not work for (participant-access.ts). */
export interface EnrolmentOutsideCallerScope {
  readonly _tag: 'EnrolmentOutsideCallerScope';
  readonly code: 'OUTSIDE_CALLER_SCOPE';
  readonly message: string;
  readonly field: ScopedField;
}

export type ParticipantCommandError = DomainError | CrossStreamRuleError | EnrolmentOutsideCallerScope;

export const enrolmentOutsideCallerScope = (field: ScopedField): EnrolmentOutsideCallerScope => ({
  _tag: 'EnrolmentOutsideCallerScope',
  code: 'OUTSIDE_CALLER_SCOPE',
  message:
    field === 'facilityId'
      ? 'You may enrol only into a facility you work for (facilityId is outside your scope)'
      : 'You may enrol only into a programme you work for (programmeId is outside your scope)',
  field,
});

export const personAlreadyEnrolledInProgramme = (programmeId: string): CrossStreamRuleError => ({
  _tag: 'PersonAlreadyEnrolledInProgramme',
  code: 'PERSON_ALREADY_ENROLLED_IN_PROGRAMME',
  message: `This registration number at this facility is already enrolled in programme ${programmeId} under another participant id`,
});

export const commandIdReused = (): CrossStreamRuleError => ({
  _tag: 'CommandIdReused',
  code: 'IDEMPOTENCY_KEY_REUSED',
  message: 'This command id (Idempotency-Key) was already used for a different command or by another actor',
});

/** A stored event that no codec of its type can read: the store is damaged or was written by other software. */
export class StoredEventUnreadableError extends Error {
  constructor(
    readonly streamName: string,
    readonly revision: bigint,
    readonly rule: string,
  ) {
    super(`stored event ${streamName}@${revision} cannot be read: ${rule}`);
  }
}
