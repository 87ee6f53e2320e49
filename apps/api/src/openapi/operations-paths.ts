import type { PathsObject } from '@nestjs/swagger';
import { problemResponse } from './openapi-helpers';

export const operationsPaths: PathsObject = {
  '/health': {
    get: {
      summary: 'Readiness: event store and projections',
      tags: ['operations'],
      responses: {
        '200': {
          description: 'Ready',
          content: {
            'application/json': {
              example: {
                status: 'ok',
                info: { eventStore: { status: 'up', lastPosition: '5120' }, projections: { status: 'up', projections: [] } },
                error: {},
                details: {},
              },
            },
          },
        },
        '503': problemResponse(503, 'Not ready; `checks` says which part'),
      },
    },
  },
  '/metrics': {
    get: {
      summary: 'Prometheus metrics: binaan_commands_total{command,result}, binaan_projection_lag_events/seconds, HTTP durations',
      tags: ['operations'],
      responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } },
    },
  },
};
