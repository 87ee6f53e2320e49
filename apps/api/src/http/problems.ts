import { problem, type FieldIssue, type Problem } from './problem';

/** The API's fixed problems, one function per stable code (see the README's error table). */
export const problems = {
  invalidJson: (): Problem => problem(400, 'INVALID_JSON', 'The body is not valid JSON.'),
  emptyBody: (): Problem => problem(400, 'INVALID_JSON', 'The body is empty; send a JSON object.'),
  bodyIncomplete: (): Problem =>
    problem(400, 'BODY_INCOMPLETE', 'The connection closed before the whole body arrived (a slow client gets 408 from the server).'),
  invalidUtf8: (): Problem => problem(400, 'INVALID_UTF8', 'The body is not valid UTF-8.'),
  bodyTooDeep: (maxDepth: number): Problem =>
    problem(400, 'BODY_TOO_DEEP', `The body nests objects or arrays deeper than ${maxDepth} levels.`),
  validationFailed: (errors: readonly FieldIssue[]): Problem =>
    problem(400, 'VALIDATION_FAILED', 'The request does not match the expected shape; see errors.', { errors }),
  invalidIdempotencyKey: (): Problem =>
    problem(400, 'INVALID_IDEMPOTENCY_KEY', 'The Idempotency-Key header must be a UUID.', {
      errors: [{ path: 'header.Idempotency-Key', rule: 'must be a UUID (8-4-4-4-12 hex digits)' }],
    }),
  invalidCorrelationId: (): Problem =>
    problem(400, 'INVALID_CORRELATION_ID', 'The X-Correlation-Id header must be a UUID.', {
      errors: [{ path: 'header.X-Correlation-Id', rule: 'must be a UUID (8-4-4-4-12 hex digits)' }],
    }),
  invalidIfMatch: (): Problem =>
    problem(400, 'INVALID_IF_MATCH', 'The If-Match header must be one quoted stream revision, e.g. "3".', {
      errors: [{ path: 'header.If-Match', rule: 'must be a quoted non-negative integer' }],
    }),
  invalidQuery: (errors: readonly FieldIssue[]): Problem =>
    problem(400, 'INVALID_QUERY', 'A query parameter is not valid; see errors.', { errors }),
  missingToken: (): Problem =>
    problem(401, 'MISSING_TOKEN', 'Send a bearer token (Authorization: Bearer <token>, from POST /auth/token) or sign in (POST /auth/session).'),
  invalidToken: (): Problem => problem(401, 'INVALID_TOKEN', 'The bearer token is not valid.'),
  tokenExpired: (): Problem => problem(401, 'TOKEN_EXPIRED', 'The bearer token has expired.'),
  sessionEnded: (): Problem =>
    problem(401, 'SESSION_ENDED', 'The session has ended (signed out, timed out, or the account changed); sign in again.'),
  invalidCredentials: (): Problem => problem(401, 'INVALID_CREDENTIALS', 'The username or password is wrong.'),
  tooManySignIns: (retryAfterSeconds: number): Problem =>
    problem(429, 'TOO_MANY_SIGN_INS', `Too many failed sign-ins for this username from this address; try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
    }),
  csrfTokenMissing: (): Problem =>
    problem(403, 'CSRF_TOKEN_MISSING', 'A request signed in by the session cookie that changes something must send X-CSRF-Token.'),
  csrfTokenInvalid: (): Problem => problem(403, 'CSRF_TOKEN_INVALID', "X-CSRF-Token does not match the session's token."),
  forbidden: (role: string): Problem =>
    problem(403, 'FORBIDDEN', `The role "${role}" may not do this.`, { role }),
  routeNotFound: (): Problem => problem(404, 'NOT_FOUND', 'There is nothing at this address.'),
  participantNotFound: (): Problem =>
    problem(404, 'PARTICIPANT_NOT_FOUND', 'No participant with this id is known (yet: read models follow writes within moments).'),
  methodNotAllowed: (): Problem => problem(405, 'METHOD_NOT_ALLOWED', 'This address does not accept this method.'),
  revisionConflict: (expected: string, actual: string): Problem =>
    problem(409, 'REVISION_CONFLICT', `The participant changed since revision ${expected}; it is now at ${actual}. Reload and try again.`, {
      expectedRevision: expected,
      actualRevision: actual,
    }),
  idempotencyKeyReused: (): Problem =>
    problem(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key is in use by a different request.'),
  payloadTooLarge: (limitBytes: number): Problem =>
    problem(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limitBytes} bytes.`, { limitBytes }),
  unsupportedMediaType: (): Problem =>
    problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'),
  internalError: (): Problem => problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side; it has been logged.'),
  shuttingDown: (): Problem => problem(503, 'SHUTTING_DOWN', 'The API is shutting down; retry in a moment.'),
  notReady: (checks: Readonly<Record<string, unknown>>): Problem =>
    problem(503, 'NOT_READY', 'A dependency is not ready.', { checks }),
};
