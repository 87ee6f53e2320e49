import type { ParameterObject, ResponseObject } from '@nestjs/swagger';
import { accessPolicy, type Permission } from '../auth/access-policy';
import { roles } from '../auth/role';
import type { Problem } from '../http/problem';
import { problems } from '../http/problems';
import { exampleParticipantId } from './participant-examples';

/** The problem filter adds the request id to every problem as `instance`, so the examples carry one too. */
const exampleInstance = 'urn:uuid:5b0e5f0c-3f1e-4a51-9a55-0d3c1a2b4c5d';

/** `problem` is built by the same functions the API answers with, so the example is what a client gets. */
export const problemResponse = (description: string, problem: Problem): ResponseObject => ({
  description,
  headers: {
    'Content-Language': {
      description: 'The language of `title`, `detail` and the field rules, as Accept-Language asked: `id` or `en` (English when it names neither).',
      schema: { type: 'string', enum: ['id', 'en'] },
    },
  },
  content: {
    'application/problem+json': {
      schema: { $ref: '#/components/schemas/Problem' },
      example: { ...problem, instance: exampleInstance },
    },
  },
});

export const jsonResponse = (
  description: string,
  schema: string,
  example: unknown,
  headers: ResponseObject['headers'] = {},
): ResponseObject => ({
  description,
  headers,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` }, example } },
});

/** Read from the access policy itself, so the document cannot promise a role more or less than the guard allows. */
export const rolesAllowed = (permission: Permission): string => {
  const allowed: readonly string[] = accessPolicy[permission];
  return allowed.length === roles.length ? 'every role' : allowed.join(', ');
};

/** A 403 that can be either of two problems: the role's, or the caller's scope's. */
const forbiddenOrOutsideScope = (forbidden: Problem, outsideScope: Problem): ResponseObject => ({
  description: 'The account’s role may not do this (FORBIDDEN), or the request names a facility or programme outside the caller’s scope (OUTSIDE_CALLER_SCOPE)',
  content: {
    'application/problem+json': {
      schema: { $ref: '#/components/schemas/Problem' },
      examples: {
        forbidden: { summary: 'The role may not do this', value: { ...forbidden, instance: exampleInstance } },
        outsideCallerScope: { summary: 'Outside the caller’s scope', value: { ...outsideScope, instance: exampleInstance } },
      },
    },
  },
});

/**
 * Every guarded route can answer 401; only a route closed to some role can answer 403, and a route
 * that names a facility or programme in its request (an enrolment, a head count) also for the scope.
 */
export const accessProblems = (permission: Permission, outsideScope?: Problem): Readonly<Record<string, ResponseObject>> => {
  const forbiddenRole = roles.find((role) => !(accessPolicy[permission] as readonly string[]).includes(role));
  const forbidden = forbiddenRole === undefined ? undefined : problems.forbidden(forbiddenRole);
  return {
    '401': problemResponse('No valid bearer token or session', problems.missingToken()),
    ...(forbidden === undefined
      ? {}
      : { '403': outsideScope === undefined ? problemResponse('The account’s role may not do this', forbidden) : forbiddenOrOutsideScope(forbidden, outsideScope) }),
  };
};

export const queryParameter = (name: string, description: string, example?: string): ParameterObject => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
  ...(example === undefined ? {} : { example }),
});

export const pathParameter = (name: string, description: string, schema: ParameterObject['schema'], example: string): ParameterObject => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
  example,
});

export const participantIdParameter = pathParameter('participantId', 'The participant’s UUID', { type: 'string', format: 'uuid' }, exampleParticipantId);
