import type { OpenAPIObject } from '@nestjs/swagger';
import { authPaths, authSchemas } from './auth-paths';
import { commandPaths } from './command-paths';
import { commandSchemas } from './command-schemas';
import { commonSchemas } from './common-schemas';
import { lifecycleCommandPaths } from './lifecycle-command-paths';
import { lifecycleCommandSchemas } from './lifecycle-command-schemas';
import { facilityPaths, facilitySchemas } from './facility-paths';
import { operationsSchemas } from './operations-schemas';
import { operationsPaths } from './operations-paths';
import { readPaths } from './read-paths';
import { readSchemas } from './read-schemas';
import { mergedPaths } from './merged-paths';

/** Written out by hand rather than reflected from decorators: the runtime (tsx) emits no decorator metadata. */
export const openApiDocument = (): OpenAPIObject => ({
  openapi: '3.0.3',
  info: {
    title: 'Binaan API',
    version: '0.1.0',
    description:
      'Event-sourced record of prison vocational rehabilitation: enrolment, module assessment, release and follow-up, ' +
      'entries put right (voids, cancellations, corrections), exits, transfers, returns to custody, consent and erasure. ' +
      'Every error is application/problem+json with a stable `code`. Bodies are limited to 64 KiB.',
    license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
  },
  servers: [{ url: '/' }],
  tags: [
    { name: 'sign-in', description: 'A bearer token for scripts, a cookie session for the browser' },
    { name: 'commands', description: 'Writes: each becomes events in the participant’s stream' },
    { name: 'queries', description: 'Reads from the read models' },
    { name: 'operations', description: 'Health and metrics, without a token' },
  ],
  security: [{ bearer: [] }, { session: [] }],
  paths: mergedPaths(authPaths, commandPaths, lifecycleCommandPaths, readPaths, facilityPaths, operationsPaths),
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (HS256) from POST /auth/token: sub (the account id) and cv (its credential version)' },
      session: { type: 'apiKey', in: 'cookie', name: 'binaan_session', description: 'From POST /auth/session; unsafe methods also need X-CSRF-Token' },
    },
    schemas: { ...authSchemas, ...commonSchemas, ...commandSchemas, ...lifecycleCommandSchemas, ...readSchemas, ...facilitySchemas, ...operationsSchemas },
  },
});
