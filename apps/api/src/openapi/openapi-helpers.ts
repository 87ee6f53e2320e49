import type { ParameterObject, ResponseObject } from '@nestjs/swagger';

const problemExamples: Readonly<Record<number, { readonly code: string; readonly detail: string }>> = {
  400: { code: 'VALIDATION_FAILED', detail: 'The request does not match the expected shape; see errors.' },
  401: { code: 'MISSING_TOKEN', detail: 'Send a bearer token: Authorization: Bearer <token>.' },
  403: { code: 'FORBIDDEN', detail: 'The role "viewer" may not do this.' },
  404: { code: 'PARTICIPANT_NOT_FOUND', detail: 'No participant with this id is known.' },
  409: { code: 'REVISION_CONFLICT', detail: 'The participant changed since revision 2; it is now at 3. Reload and try again.' },
  413: { code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than 65536 bytes.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send the body as application/json.' },
  422: { code: 'PREREQUISITES_NOT_COMPETENT', detail: 'Module sulam-lanjutan needs sulam-dasar assessed competent first' },
  503: { code: 'NOT_READY', detail: 'A dependency is not ready.' },
};

export const problemResponse = (status: number, description: string): ResponseObject => {
  const example = problemExamples[status] ?? { code: 'INTERNAL_ERROR', detail: 'Something went wrong on our side.' };
  return {
    description,
    content: {
      'application/problem+json': {
        schema: { $ref: '#/components/schemas/Problem' },
        example: { type: `urn:binaan:problem:${example.code}`, title: description, status, code: example.code, detail: example.detail },
      },
    },
  };
};

export const jsonResponse = (description: string, schema: string, headers: ResponseObject['headers'] = {}): ResponseObject => ({
  description,
  headers,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

export const authProblems = {
  '401': problemResponse(401, 'No valid bearer token'),
  '403': problemResponse(403, 'The token’s role may not do this'),
};

export const queryParameter = (name: string, description: string, example?: string): ParameterObject => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
  ...(example === undefined ? {} : { example }),
});

export const pathParameter = (name: string, description: string, example: string): ParameterObject => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
  example,
});

export const participantIdParameter = pathParameter('participantId', 'The participant’s UUID', '2b1f0c8e-7d3a-4c5b-9e1f-0a2b3c4d5e6f');
