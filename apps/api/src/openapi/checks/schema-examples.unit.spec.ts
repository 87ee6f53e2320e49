import type { ContentObject, ReferenceObject } from '@nestjs/swagger';
import { openApiDocument } from '../openapi-document';
import { documentedOperations } from './documented-operations';
import { openApiSchemaValidator } from './openapi-schema-validator';

const document = openApiDocument();
const brokenRules = openApiSchemaValidator(document);

const isReference = (candidate: object): candidate is ReferenceObject => '$ref' in candidate;

/** One entry per example: the single `example`, or each of the named `examples`. */
const mediaOf = (where: string, content: ContentObject | undefined) =>
  Object.entries(content ?? {}).flatMap(([mediaType, media]) =>
    media.examples === undefined
      ? [{ where: `${where} ${mediaType}`, schema: media.schema, example: media.example as unknown }]
      : Object.entries(media.examples).map(([name, example]) => ({
          where: `${where} ${mediaType} (${name})`,
          schema: media.schema,
          example: isReference(example) ? undefined : (example.value as unknown),
        })),
  );

/** Every media type of every request body and response, problems included. */
const media = documentedOperations(document).flatMap(({ method, path, operation }) => {
  const name = operation.operationId ?? `${method} ${path}`;
  const body = operation.requestBody === undefined || isReference(operation.requestBody) ? [] : mediaOf(`${name} request`, operation.requestBody.content);
  const responses = Object.entries(operation.responses).flatMap(([status, response]) =>
    response === undefined || isReference(response) ? [] : mediaOf(`${name} ${status}`, response.content),
  );
  return [...body, ...responses];
});

describe('examples of the OpenAPI document against their schemas (OpenAPI 3.0 semantics)', () => {
  it('finds request and response media to check', () => {
    expect(media.length).toBeGreaterThan(50);
  });

  it.each(media)('$where: has a schema and an example that fits it', ({ schema, example }) => {
    expect(schema).toBeDefined();
    expect(example).toBeDefined();
    expect(brokenRules(schema!, example)).toEqual([]);
  });
});
