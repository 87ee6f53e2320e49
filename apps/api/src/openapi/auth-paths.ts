import type { PathsObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { ACCOUNT_ID_RULE, roles } from '@binaan/accounts';
import { problems } from '../http/problems';
import { jsonResponse, problemResponse } from './openapi-helpers';
import { enumOf, schemaRef } from './schema-helpers';

const signInExample = { username: 'demo-registrar', password: 'kain-sulam-merah-2019' };
const tokenExample = {
  token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjdiI6MSwic3ViIjoiZGVtby1yZWdpc3RyYXIifQ.c2lnbmF0dXJl',
  expiresAt: '2026-12-07T17:00:00.000Z',
};
const sessionExample = {
  account: {
    id: 'demo-registrar',
    displayName: 'Petugas Registrasi (demo)',
    role: 'registrar',
    scope: { facilities: ['lapas-perempuan-malang'], programmes: 'all' },
  },
  csrfToken: 'q0n7Vb2kR9sT4xW1yZ3aC5dE7fG9hJ1kL3mN5pQ7rS9',
};

const signInBody = {
  required: true,
  content: { 'application/json': { schema: schemaRef('SignInBody'), example: signInExample } },
};

const signInProblems: Readonly<Record<string, ResponseObject>> = {
  '400': problemResponse('The body is not `{username, password}`; `errors` names each field and rule', problems.validationFailed([{ path: 'password', rule: 'is required' }])),
  '401': problemResponse('The username or the password is wrong (the same answer for both)', problems.invalidCredentials()),
  '429': problemResponse('10 failed sign-ins for this username from this address within 15 minutes; `Retry-After` says when to try again', problems.tooManySignIns(840)),
};

const sessionCookieNote =
  'Sets the cookie `binaan_session` (httpOnly, SameSite=Strict, Path=/, Secure over TLS). Requests signed in by the cookie that change ' +
  'something (POST, PUT, PATCH, DELETE) must send the `csrfToken` in `X-CSRF-Token`. A session ends after 30 minutes without a request, ' +
  '12 hours after sign-in, on sign-out, or when the account is disabled or its password reset.';

/** Signing in: tokens for scripts, a cookie session for the browser. */
export const authPaths: PathsObject = {
  '/auth/token': {
    post: {
      operationId: 'issueToken',
      summary: 'A bearer token for an account (sub = the account id; 8 hours unless configured, at most 30 days)',
      description:
        'Role and scope are read from the account on every request, not from the token; a disabled account or a reset password stops its tokens at once.',
      tags: ['sign-in'],
      security: [],
      requestBody: signInBody,
      responses: { '200': jsonResponse('Signed in', 'IssuedToken', tokenExample), ...signInProblems },
    },
  },
  '/auth/session': {
    post: {
      operationId: 'startSession',
      summary: 'Sign in to a web session (cookie)',
      description: sessionCookieNote,
      tags: ['sign-in'],
      security: [],
      requestBody: signInBody,
      responses: {
        '200': jsonResponse('Signed in; the cookie is set', 'Session', sessionExample, {
          'Set-Cookie': { description: 'binaan_session=<random>; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200', schema: { type: 'string' } },
        }),
        ...signInProblems,
      },
    },
    get: {
      operationId: 'getSession',
      summary: 'The signed-in account of the session cookie, and its CSRF token',
      tags: ['sign-in'],
      security: [{ session: [] }],
      responses: {
        '200': jsonResponse('The session is live (this request counts as activity)', 'Session', sessionExample),
        '401': problemResponse('No session, or it has ended', problems.sessionEnded()),
      },
    },
    delete: {
      operationId: 'endSession',
      summary: 'Sign out: ends the session and clears the cookie',
      tags: ['sign-in'],
      security: [{ session: [] }],
      parameters: [{ name: 'X-CSRF-Token', in: 'header', required: true, description: 'The session’s csrfToken', schema: { type: 'string' }, example: sessionExample.csrfToken }],
      responses: {
        '204': { description: 'Signed out; the cookie is cleared' },
        '401': problemResponse('No session, or it has ended', problems.sessionEnded()),
        '403': problemResponse('X-CSRF-Token is missing or does not match', problems.csrfTokenMissing()),
      },
    },
  },
};

const scopeIds = (what: string): SchemaObject => ({
  description: `"all", or the ${what} ids`,
  anyOf: [enumOf(['all']), { type: 'array', items: { type: 'string' } }],
});

export const authSchemas: Readonly<Record<string, SchemaObject>> = {
  SignInBody: {
    type: 'object',
    additionalProperties: false,
    required: ['username', 'password'],
    properties: {
      username: { type: 'string', minLength: 1, maxLength: 1024, description: `The account id: ${ACCOUNT_ID_RULE}` },
      password: { type: 'string', minLength: 1, maxLength: 1024, format: 'password' },
    },
  },
  IssuedToken: {
    type: 'object',
    required: ['token', 'expiresAt'],
    properties: { token: { type: 'string', description: 'Send as Authorization: Bearer <token>' }, expiresAt: { type: 'string', format: 'date-time' } },
  },
  Session: {
    type: 'object',
    required: ['account', 'csrfToken'],
    properties: {
      account: schemaRef('SignedInAccount'),
      csrfToken: { type: 'string', description: 'Send in X-CSRF-Token on every POST, PUT, PATCH and DELETE signed in by the cookie' },
    },
  },
  SignedInAccount: {
    type: 'object',
    required: ['id', 'displayName', 'role', 'scope'],
    properties: {
      id: { type: 'string', description: 'The login name; the actor id in event metadata' },
      displayName: { type: 'string' },
      role: enumOf(roles),
      scope: {
        type: 'object',
        required: ['facilities', 'programmes'],
        properties: { facilities: scopeIds('facility'), programmes: scopeIds('programme') },
      },
    },
  },
};
