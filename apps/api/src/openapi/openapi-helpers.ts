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

/** Every guarded route can answer 401; only a route closed to some role can answer 403. */
export const accessProblems = (permission: Permission): Readonly<Record<string, ResponseObject>> => {
  const forbiddenRole = roles.find((role) => !(accessPolicy[permission] as readonly string[]).includes(role));
  return {
    '401': problemResponse('No valid bearer token or session', problems.missingToken()),
    ...(forbiddenRole === undefined ? {} : { '403': problemResponse('The account’s role may not do this', problems.forbidden(forbiddenRole)) }),
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
