import type { FacilityCommandError } from '@binaan/command-handling';
import { problem, type Problem } from '../http/problem';
import { problems } from '../http/problems';
import type { ApiFacilityCommandResult } from '../runtime/api-runtime.port';

type FacilityRejection = Extract<ApiFacilityCommandResult, { readonly _tag: 'Left' }>['left'];

/**
 * The HTTP status of each rejection of a count, typed over every code. The facility is named by the
 * URL, so an unknown one is a missing resource (404), as an unknown participant is; the other rules
 * are a well-formed request the record cannot take (422), like every rule of the deciders.
 */
export const facilityRejectionStatus: { readonly [Code in FacilityCommandError['code']]: 404 | 422 } = {
  FACILITY_NOT_FOUND: 404,
  COUNT_DATE_IN_FUTURE: 422,
  COUNTS_EXCEED_TOTAL: 422,
  PERSON_ALREADY_ENROLLED_IN_PROGRAMME: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
};

/** The field a rejection is about, when the rule names one. */
const fieldOf = (error: FacilityCommandError): string | undefined =>
  'field' in error && typeof error.field === 'string' ? error.field : error.code === 'FACILITY_NOT_FOUND' ? 'facilityId' : undefined;

/** A head count for a unit the caller does not work for: refused before command handling runs. */
export const countOutsideCallerScopeProblem = (): Problem =>
  problems.outsideCallerScope('facilityId', 'CountOutsideCallerScope');

/** The problem a count that command handling did not accept becomes: code, rule, message, and the field it breaks. */
export const facilityCommandProblem = (failure: FacilityRejection): Problem => {
  if (failure.kind === 'conflict') return problems.revisionConflict(String(failure.expected), String(failure.actual));
  const { code, _tag, message } = failure.error;
  const field = fieldOf(failure.error);
  return problem(facilityRejectionStatus[code], code, message, { rule: _tag, ...(field === undefined ? {} : { errors: [{ path: field, rule: message }] }) });
};
