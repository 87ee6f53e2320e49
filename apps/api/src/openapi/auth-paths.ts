import type { PathsObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { ACCOUNT_ID_RULE, roles } from '@binaan/accounts';
import { ROLE_CLAIM_RULE } from '../auth/oidc/account-from-claims';
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

const providersExample = { password: true, oidc: true };

const noOidc = problemResponse('OpenID Connect sign-in is not configured here (no OIDC_ISSUER)', problems.routeNotFound());
const providerUnavailable = problemResponse('The identity provider cannot be reached (its metadata, keys or token endpoint)', problems.oidcProviderUnavailable());
const redirectHeaders = (description: string) => ({ Location: { description, schema: { type: 'string' as const, format: 'uri' } } });

/** Signing in: tokens for scripts, a cookie session for the browser, or the organisation's identity provider. */
export const authPaths: PathsObject = {
  '/auth/providers': {
    get: {
      operationId: 'getSignInProviders',
      summary: 'Which ways of signing in this server offers: the screens show "Masuk dengan SSO" only when `oidc` is true',
      tags: ['sign-in'],
      security: [],
      responses: { '200': jsonResponse('The ways of signing in', 'SignInProviders', providersExample) },
    },
  },
  '/auth/oidc/login': {
    get: {
      operationId: 'startOidcSignIn',
      summary: 'Sign in through the identity provider (OpenID Connect): redirects the browser there',
      description:
        'Authorization code flow with PKCE (S256), `state` and `nonce`. These are kept in the cookie `binaan_oidc_flow` (encrypted, httpOnly, ' +
        'Path=/auth/oidc, SameSite=Lax, 10 minutes), which the callback must come back with. Open it in the browser, not with fetch.',
      tags: ['sign-in'],
      security: [],
      parameters: [
        {
          name: 'return',
          in: 'query',
          required: false,
          description: 'Where the browser goes once signed in: `app` (the staff app at /app/, the default) or `dashboard` (/)',
          schema: { type: 'string', enum: ['app', 'dashboard'] },
          example: 'dashboard',
        },
      ],
      responses: {
        '302': {
          description: 'To the provider’s authorization endpoint; the flow cookie is set',
          headers: {
            ...redirectHeaders('The provider’s authorization endpoint with client_id, scope, state, nonce and code_challenge'),
            'Set-Cookie': { description: 'binaan_oidc_flow=<encrypted>; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=600', schema: { type: 'string' } },
          },
        },
        '404': noOidc,
        '503': providerUnavailable,
      },
    },
  },
  '/auth/oidc/callback': {
    get: {
      operationId: 'finishOidcSignIn',
      summary: 'Where the identity provider sends the browser back: starts a web session and redirects to the staff app',
      description:
        'Checks `state` against the flow cookie, exchanges the code (with the PKCE verifier) and verifies the ID token (signature against the ' +
        'provider’s keys, issuer, audience, expiry, nonce). The claims then name the account (OIDC_ACCOUNT_ID_CLAIM, lowercased), its role ' +
        '(OIDC_ROLE_CLAIM) and its facilities and programmes (OIDC_FACILITIES_CLAIM, OIDC_PROGRAMMES_CLAIM: "*" for all, a list of ids, ' +
        'absent for none). A new id creates an external account; an existing external one gets the claimed role and scope (each change in ' +
        'the account change log, by `oidc`). The flow cookie is cleared whatever the outcome. A refusal is problem+json; ' +
        'a browser that asks for text/html gets the same status and text as a page, with a link back to the sign-in.',
      tags: ['sign-in'],
      security: [],
      parameters: [
        { name: 'code', in: 'query', required: false, description: 'The authorization code from the provider', schema: { type: 'string' }, example: 'Sx0mJ2uYkqQy1RCH7a1kCwz2gP3oXk1v' },
        { name: 'state', in: 'query', required: true, description: 'Must be the state this browser was sent with', schema: { type: 'string' }, example: 'kq3G7d9ZpB1uWc5xL0yN2rT4vH6jM8sA' },
        { name: 'error', in: 'query', required: false, description: 'The provider’s refusal, e.g. access_denied', schema: { type: 'string' }, example: 'access_denied' },
      ],
      responses: {
        '302': {
          description: 'Signed in: to /app/ (or / when the sign-in began with return=dashboard), with the session cookie set (as POST /auth/session sets it)',
          headers: {
            ...redirectHeaders('/app/ or /'),
            'Set-Cookie': { description: 'binaan_session=<random>; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200 (and the flow cookie cleared)', schema: { type: 'string' } },
          },
        },
        '401': problemResponse(
          'The round trip did not complete: reason is flow_missing_or_expired, state_mismatch, provider_refused or token_invalid (a tampered or forged ID token)',
          problems.oidcSignInFailed('state_mismatch'),
        ),
        '403': {
          description: 'A claim does not fit Binaan (OIDC_CLAIM_INVALID, naming the claim and its rule), or the account is disabled (ACCOUNT_DISABLED)',
          content: {
            'application/problem+json': {
              schema: { $ref: '#/components/schemas/Problem' },
              examples: {
                claimInvalid: { summary: 'An unknown role', value: { ...problems.oidcClaimInvalid('binaan_role', ROLE_CLAIM_RULE), instance: 'urn:uuid:5b0e5f0c-3f1e-4a51-9a55-0d3c1a2b4c5d' } },
                accountDisabled: { summary: 'A disabled account', value: { ...problems.accountDisabled(), instance: 'urn:uuid:5b0e5f0c-3f1e-4a51-9a55-0d3c1a2b4c5d' } },
              },
            },
          },
        },
        '404': noOidc,
        '503': providerUnavailable,
      },
    },
  },
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
  SignInProviders: {
    type: 'object',
    required: ['password', 'oidc'],
    properties: {
      password: { type: 'boolean', description: 'Username and password (POST /auth/session, POST /auth/token): always' },
      oidc: { type: 'boolean', description: 'The organisation’s identity provider (GET /auth/oidc/login): when OIDC_ISSUER is set' },
    },
  },
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
