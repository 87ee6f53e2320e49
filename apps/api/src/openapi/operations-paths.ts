import type { PathsObject } from '@nestjs/swagger';
import { problems } from '../http/problems';
import { jsonResponse, problemResponse } from './openapi-helpers';

const caughtUp = (name: string) => ({ name, state: 'live', position: '5120', lagEvents: 0, lagSeconds: 0, stopped: false });
const readyChecks = {
  eventStore: { status: 'up', lastPosition: '5120' },
  projections: { status: 'up', projections: ['outcomes', 'audit_log', 'participant_directory'].map(caughtUp) },
};
const failedProjections = {
  status: 'down',
  projections: [
    { ...caughtUp('outcomes'), state: 'failed', position: '5083', lagEvents: 37, lagSeconds: 412 },
    caughtUp('audit_log'),
    caughtUp('participant_directory'),
  ],
};
const notReadyChecks = {
  status: 'error',
  info: { eventStore: readyChecks.eventStore },
  error: { projections: failedProjections },
  details: { eventStore: readyChecks.eventStore, projections: failedProjections },
};

const metricsExample = [
  '# HELP binaan_commands_total Commands received over HTTP, by command and result',
  '# TYPE binaan_commands_total counter',
  'binaan_commands_total{command="EnrollInmate",result="accepted"} 300',
  'binaan_commands_total{command="EnrollInmate",result="invalid"} 2',
  '# HELP binaan_projection_lag_events Events in the store that a projection has not applied yet',
  '# TYPE binaan_projection_lag_events gauge',
  'binaan_projection_lag_events{projection="outcomes"} 0',
  '',
].join('\n');

/** No token: probes and scrapers call these, and neither answer holds personal data. */
export const operationsPaths: PathsObject = {
  '/health': {
    get: {
      operationId: 'getHealth',
      summary: 'Readiness: event store and projections',
      tags: ['operations'],
      security: [],
      responses: {
        '200': jsonResponse('Ready', 'Health', { status: 'ok', info: readyChecks, error: {}, details: readyChecks }),
        '503': problemResponse('Not ready; `checks` says which part', problems.notReady(notReadyChecks)),
      },
    },
  },
  '/metrics': {
    get: {
      operationId: 'getMetrics',
      summary: 'Prometheus metrics: binaan_commands_total{command,result}, binaan_projection_lag_events/seconds, HTTP durations',
      tags: ['operations'],
      security: [],
      responses: {
        '200': { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' }, example: metricsExample } } },
      },
    },
  },
};
