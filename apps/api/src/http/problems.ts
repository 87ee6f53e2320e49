import { cataloguedProblem, type FieldIssue, type Problem } from './problem';

/** Why an OpenID Connect sign-in did not complete, as the problem says it. */
export const oidcFailureReasons = ['flow_missing_or_expired', 'state_mismatch', 'provider_refused', 'token_invalid'] as const;
export type OidcFailureReason = (typeof oidcFailureReasons)[number];

/**
 * The API's fixed problems, one function per stable code (see the README's error table). Each detail is the
 * message of the same name in `@binaan/messages`, in English here and in the caller's language once sent.
 */
export const problems = {
  invalidJson: (): Problem => cataloguedProblem(400, 'INVALID_JSON', 'invalidJson'),
  emptyBody: (): Problem => cataloguedProblem(400, 'INVALID_JSON', 'emptyBody'),
  bodyIncomplete: (): Problem =>
    cataloguedProblem(400, 'BODY_INCOMPLETE', 'bodyIncomplete'),
  invalidUtf8: (): Problem => cataloguedProblem(400, 'INVALID_UTF8', 'invalidUtf8'),
  bodyTooDeep: (maxDepth: number): Problem =>
    cataloguedProblem(400, 'BODY_TOO_DEEP', 'bodyTooDeep', { maxDepth }),
  validationFailed: (errors: readonly FieldIssue[]): Problem =>
    cataloguedProblem(400, 'VALIDATION_FAILED', 'validationFailed', {}, { errors }),
  invalidIdempotencyKey: (): Problem =>
    cataloguedProblem(400, 'INVALID_IDEMPOTENCY_KEY', 'invalidIdempotencyKey', {}, {
      errors: [{ path: 'header.Idempotency-Key', rule: 'must be a UUID (8-4-4-4-12 hex digits)' }],
    }),
  invalidCorrelationId: (): Problem =>
    cataloguedProblem(400, 'INVALID_CORRELATION_ID', 'invalidCorrelationId', {}, {
      errors: [{ path: 'header.X-Correlation-Id', rule: 'must be a UUID (8-4-4-4-12 hex digits)' }],
    }),
  invalidIfMatch: (): Problem =>
    cataloguedProblem(400, 'INVALID_IF_MATCH', 'invalidIfMatch', {}, {
      errors: [{ path: 'header.If-Match', rule: 'must be a quoted non-negative integer' }],
    }),
  invalidQuery: (errors: readonly FieldIssue[]): Problem =>
    cataloguedProblem(400, 'INVALID_QUERY', 'invalidQuery', {}, { errors }),
  missingToken: (): Problem =>
    cataloguedProblem(401, 'MISSING_TOKEN', 'missingToken'),
  invalidToken: (): Problem => cataloguedProblem(401, 'INVALID_TOKEN', 'invalidToken'),
  tokenExpired: (): Problem => cataloguedProblem(401, 'TOKEN_EXPIRED', 'tokenExpired'),
  sessionEnded: (): Problem => cataloguedProblem(401, 'SESSION_ENDED', 'sessionEnded'),
  invalidCredentials: (): Problem => cataloguedProblem(401, 'INVALID_CREDENTIALS', 'invalidCredentials'),
  /** The OpenID Connect round trip failed: `reason` is one of a fixed few, never the provider's own text. */
  oidcSignInFailed: (reason: OidcFailureReason): Problem =>
    cataloguedProblem(401, 'OIDC_SIGN_IN_FAILED', 'oidcSignInFailed', { reason }, { reason }),
  oidcClaimInvalid: (claim: string, rule: string): Problem =>
    cataloguedProblem(403, 'OIDC_CLAIM_INVALID', 'oidcClaimInvalid', { claim }, { errors: [{ path: `claims.${claim}`, rule }] }),
  oidcProviderUnavailable: (): Problem => cataloguedProblem(503, 'OIDC_PROVIDER_UNAVAILABLE', 'oidcProviderUnavailable'),
  accountDisabled: (): Problem => cataloguedProblem(403, 'ACCOUNT_DISABLED', 'accountDisabled'),
  tooManySignIns: (retryAfterSeconds: number): Problem =>
    cataloguedProblem(429, 'TOO_MANY_SIGN_INS', 'tooManySignIns', { retryAfterSeconds }, { retryAfterSeconds }),
  csrfTokenMissing: (): Problem => cataloguedProblem(403, 'CSRF_TOKEN_MISSING', 'csrfTokenMissing'),
  csrfTokenInvalid: (): Problem => cataloguedProblem(403, 'CSRF_TOKEN_INVALID', 'csrfTokenInvalid'),
  forbidden: (role: string): Problem =>
    cataloguedProblem(403, 'FORBIDDEN', 'forbidden', { role }, { role }),
  /** A facility the caller does not work for, named by the request itself: the scope is no secret to its holder. */
  outsideCallerScope: (field: 'facilityId', rule: string): Problem =>
    cataloguedProblem(403, 'OUTSIDE_CALLER_SCOPE', 'outsideCallerScope', { field }, { rule, field }),
  routeNotFound: (): Problem => cataloguedProblem(404, 'NOT_FOUND', 'routeNotFound'),
  participantNotFound: (): Problem =>
    cataloguedProblem(404, 'PARTICIPANT_NOT_FOUND', 'participantNotFound'),
  methodNotAllowed: (): Problem => cataloguedProblem(405, 'METHOD_NOT_ALLOWED', 'methodNotAllowed'),
  revisionConflict: (expected: string, actual: string): Problem =>
    cataloguedProblem(409, 'REVISION_CONFLICT', 'revisionConflict', { expected, actual }, {
      expectedRevision: expected,
      actualRevision: actual,
    }),
  idempotencyKeyReused: (): Problem =>
    cataloguedProblem(422, 'IDEMPOTENCY_KEY_REUSED', 'idempotencyKeyReused'),
  payloadTooLarge: (limitBytes: number): Problem =>
    cataloguedProblem(413, 'PAYLOAD_TOO_LARGE', 'payloadTooLarge', { limitBytes }, { limitBytes }),
  unsupportedMediaType: (): Problem =>
    cataloguedProblem(415, 'UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType'),
  internalError: (): Problem => cataloguedProblem(500, 'INTERNAL_ERROR', 'internalError'),
  shuttingDown: (): Problem => cataloguedProblem(503, 'SHUTTING_DOWN', 'shuttingDown'),
  erasureNotFlushed: (): Problem => cataloguedProblem(503, 'ERASURE_NOT_FLUSHED', 'erasureNotFlushed'),
  notReady: (checks: Readonly<Record<string, unknown>>): Problem =>
    cataloguedProblem(503, 'NOT_READY', 'notReady', {}, { checks }),
};
