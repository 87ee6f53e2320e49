import type { ParticipantCommandError } from '@binaan/command-handling';
import type { ApiCommandFailure } from '../runtime/api-runtime.port';
import { problem, type Problem } from './problem';
import { problems } from './problems';

/** Every code a rejected command can carry: the decider's DomainError codes and command handling's own. */
type RejectionCode = ParticipantCommandError['code'];

/**
 * The HTTP status of each rejection. Typed over every code, so a new rule without a status here does
 * not compile. A broken rule is a well-formed request the record cannot take, so 422; a command
 * against a participant nobody enrolled is about a missing resource, so 404; a void that separation
 * of duties keeps from this person (another's entry, or an entry of another role), or an enrolment into a
 * unit or programme outside the caller's scope, is forbidden, so 403. (A participant outside the caller's
 * scope is NOT_ENROLLED, as for an id nobody enrolled: see docs/architecture.md, "Who sees whom".)
 */
export const rejectionStatus: { readonly [Code in RejectionCode]: 403 | 404 | 422 } = {
  NOT_ENROLLED: 404,
  PARTICIPANT_MISMATCH: 422,
  CURRICULUM_NOT_FOUND: 422,
  PROGRAMME_NOT_FOUND: 422,
  FACILITY_NOT_FOUND: 422,
  ENROLMENT_DATE_IN_FUTURE: 422,
  CONSENT_NOT_GIVEN: 422,
  CONSENT_DATE_IN_FUTURE: 422,
  ALREADY_ENROLLED: 422,
  MODULE_NOT_IN_CURRICULUM: 422,
  PREREQUISITES_NOT_COMPETENT: 422,
  ASSESSMENT_BEFORE_ENROLMENT: 422,
  ASSESSMENT_DATE_IN_FUTURE: 422,
  MODULE_ALREADY_COMPETENT: 422,
  ALREADY_RELEASED: 422,
  RELEASE_BEFORE_ENROLMENT: 422,
  RELEASE_DATE_IN_FUTURE: 422,
  SUPERVISION_ENDS_BEFORE_RELEASE: 422,
  NOT_RELEASED: 422,
  CONTACT_BEFORE_RELEASE: 422,
  CONTACT_DATE_IN_FUTURE: 422,
  EMPLOYMENT_WITHOUT_REACHED_CONTACT: 422,
  NOT_REACHED_REASON_MISSING: 422,
  NOT_REACHED_REASON_UNEXPECTED: 422,
  FACILITY_DOES_NOT_OFFER_PROGRAMME: 422,
  REGENCY_NOT_FOUND: 422,
  VOIDED_EVENT_NOT_FOUND: 422,
  EVENT_NOT_VOIDABLE: 422,
  ALREADY_VOIDED: 422,
  VOID_HAS_DEPENDENTS: 422,
  ROLE_MAY_NOT_VOID: 403,
  VOID_OF_ANOTHER_PERSONS_ENTRY: 403,
  ENROLMENT_CANCELLED: 422,
  CORRECTION_CHANGES_NOTHING: 422,
  CURRICULUM_CORRECTION_CONFLICTS: 422,
  PARTICIPANT_EXITED: 422,
  EXIT_AFTER_RELEASE: 422,
  TRANSFER_AFTER_RELEASE: 422,
  TRANSFER_TO_SAME_FACILITY: 422,
  ALREADY_RETURNED_TO_CUSTODY: 422,
  FOLLOW_UP_AFTER_RETURN_TO_CUSTODY: 422,
  CONSENT_ALREADY_WITHDRAWN: 422,
  CONSENT_WITHDRAWN: 422,
  ALREADY_ERASED: 422,
  DATE_IN_FUTURE: 422,
  DATE_TOO_EARLY: 422,
  PERSON_ALREADY_ENROLLED_IN_PROGRAMME: 422,
  PERSONAL_DATA_ERASED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  OUTSIDE_CALLER_SCOPE: 403,
};

/**
 * The details of a rejection a client acts on, passed on by name: the field the rule is about, and the
 * later entries a void has to wait for. Both are names and ids, never submitted values.
 */
const actionableDetails = (error: ParticipantCommandError): Readonly<Record<string, unknown>> => ({
  ...('field' in error ? { field: error.field } : {}),
  ...('dependentEventIds' in error ? { dependentEventIds: error.dependentEventIds } : {}),
});

/** The problem a rejected command becomes: its code, its rule (`_tag`), its message and actionable details; the OpenAPI examples use it too. */
export const ruleBrokenProblem = (error: ParticipantCommandError): Problem =>
  problem(rejectionStatus[error.code], error.code, error.message, { rule: error._tag, ...actionableDetails(error) });

/** The problem a command that command handling did not accept becomes. */
export const commandFailureProblem = (failure: ApiCommandFailure): Problem =>
  failure.kind === 'conflict'
    ? problems.revisionConflict(String(failure.expected), String(failure.actual))
    : ruleBrokenProblem(failure.error);
