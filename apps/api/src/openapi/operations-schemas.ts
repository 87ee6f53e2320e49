import type { SchemaObject } from '@nestjs/swagger';
import { schemaRef } from './schema-helpers';

const upOrDown: SchemaObject = { type: 'string', enum: ['up', 'down'] };

/** The readiness report of /health, in the shape @nestjs/terminus gives it. */
export const operationsSchemas: Readonly<Record<string, SchemaObject>> = {
  Health: {
    type: 'object',
    description: '`info` holds the checks that are up, `error` those that are down, `details` all of them.',
    required: ['status', 'info', 'error', 'details'],
    properties: {
      status: { type: 'string', enum: ['ok'], description: 'Always ok here: a failed check makes the answer a 503 problem.' },
      info: schemaRef('HealthChecks'),
      error: schemaRef('HealthChecks'),
      details: schemaRef('HealthChecks'),
    },
  },
  HealthChecks: {
    type: 'object',
    properties: {
      eventStore: {
        type: 'object',
        required: ['status'],
        properties: { status: upOrDown, lastPosition: { type: 'string', nullable: true, description: 'null on an empty store', example: '5120' } },
      },
      projections: {
        type: 'object',
        required: ['status'],
        properties: { status: upOrDown, projections: { type: 'array', items: schemaRef('ProjectionHealth') } },
      },
    },
  },
  ProjectionHealth: {
    type: 'object',
    required: ['name', 'state', 'position', 'lagEvents', 'lagSeconds', 'stopped'],
    properties: {
      name: { type: 'string', example: 'outcomes' },
      state: { type: 'string', description: 'idle, catching_up, live, rebuilding or failed', example: 'live' },
      position: { type: 'string', nullable: true, description: 'The last global position applied; null before the first event.', example: '5120' },
      lagEvents: { type: 'integer', description: 'Events not yet applied (counted up to 10,000).', example: 0 },
      lagSeconds: { type: 'number', description: 'Age of the oldest event not yet applied; 0 when caught up.', example: 0 },
      stopped: { type: 'boolean', description: 'True when the live loop ended for a reason other than a projection failure.' },
    },
  },
};
