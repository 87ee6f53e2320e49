import type { SchemaObject } from '@nestjs/swagger';
import { oidcFailureReasons } from '../http/problems';
import { schemaRef } from './schema-helpers';

/** Shapes shared by many routes: the problem detail, a field issue, a rate with its denominator. */
export const commonSchemas: Readonly<Record<string, SchemaObject>> = {
  FieldIssue: {
    type: 'object',
    required: ['path', 'rule'],
    properties: {
      path: { type: 'string', example: 'personalData.nik' },
      rule: { type: 'string', example: 'must be 16 digits, got 15 digits' },
    },
  },
  Problem: {
    type: 'object',
    description:
      'RFC 9457 problem detail. `type`, `code` and the field paths are stable (match on them); `title`, `detail` and each `errors[].rule` are in the language `Accept-Language` asks for: Bahasa Indonesia (`id`, `id-ID`, `in`) or English (`en`, the default), said in `Content-Language`. Never repeats submitted values.',
    required: ['type', 'title', 'status', 'code', 'detail'],
    properties: {
      type: { type: 'string', example: 'urn:binaan:problem:VALIDATION_FAILED' },
      title: { type: 'string', example: 'Bad Request' },
      status: { type: 'integer', example: 400 },
      code: { type: 'string', example: 'VALIDATION_FAILED' },
      detail: { type: 'string', example: 'The request does not match the expected shape; see errors.' },
      instance: { type: 'string', example: 'urn:uuid:5b0e5f0c-3f1e-4a51-9a55-0d3c1a2b4c5d', description: 'The request id, also in X-Request-Id and the logs.' },
      errors: { type: 'array', items: schemaRef('FieldIssue') },
      rule: { type: 'string', description: 'For 422: the domain rule that was broken.', example: 'PrerequisitesNotCompetent' },
      role: { type: 'string', description: 'For 403: the caller’s role.', example: 'viewer' },
      field: { type: 'string', description: 'For 422: the request field the broken rule is about, when it is about one.', example: 'eventId' },
      dependentEventIds: {
        type: 'array',
        items: { type: 'string', format: 'uuid' },
        description: 'For 422 VOID_HAS_DEPENDENTS: the later entries resting on the one to void; void them first, newest first.',
      },
      expectedRevision: { type: 'string', description: 'For 409: the revision If-Match named.', example: '2' },
      actualRevision: { type: 'string', description: 'For 409: the participant’s revision now.', example: '3' },
      limitBytes: { type: 'integer', description: 'For 413: the largest body accepted.', example: 65536 },
      checks: { type: 'object', description: 'For 503 from /health: the readiness report, saying which part is down.' },
      retryAfterSeconds: { type: 'integer', description: 'For 429: seconds to wait before trying again (also in Retry-After).', example: 840 },
      reason: {
        type: 'string',
        enum: [...oidcFailureReasons],
        description: 'For 401 OIDC_SIGN_IN_FAILED: why the sign-in through the identity provider did not complete.',
        example: 'state_mismatch',
      },
    },
  },
  Ratio: {
    type: 'object',
    required: ['numerator', 'denominator', 'rate'],
    properties: {
      numerator: { type: 'integer', example: 9 },
      denominator: { type: 'integer', example: 12 },
      rate: { type: 'number', nullable: true, example: 0.75, description: 'null when the denominator is 0' },
    },
  },
};
