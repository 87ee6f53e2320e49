import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { openApiDocument } from './openapi-document';

/** Swagger UI at /docs (its files come from swagger-ui-dist, not a CDN) and the document at /docs/openapi.json. */
export const mountOpenApi = (app: INestApplication): void =>
  SwaggerModule.setup('docs', app, openApiDocument(), { jsonDocumentUrl: 'docs/openapi.json', raw: ['json'] });
