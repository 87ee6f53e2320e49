import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

export const schemaRef = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

export const date: SchemaObject = { type: 'string', format: 'date', example: '2024-03-04' };
export const nullableDate: SchemaObject = { type: 'string', format: 'date', nullable: true };
export const uuid: SchemaObject = { type: 'string', format: 'uuid' };
export const slug: SchemaObject = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };

export const enumOf = (values: readonly string[]): SchemaObject => ({ type: 'string', enum: [...values] });

/** `nullable` only widens `type`; an `enum` still has to list null itself (OpenAPI 3.0.3). */
export const nullableEnumOf = (values: readonly string[]): SchemaObject => ({ type: 'string', nullable: true, enum: [...values, null] });

/** OpenAPI 3.0 ignores the siblings of a `$ref`, so a description travels beside it in an `allOf`. */
export const describedRef = (name: string, description: string): SchemaObject => ({ allOf: [schemaRef(name)], description });

/**
 * A referenced object or null. `nullable` beside an `allOf` would not do: it widens only the `type` of its
 * own schema, and the referenced schema still refuses null (OpenAPI 3.0.3).
 */
export const nullableRef = (name: string, description: string): SchemaObject => ({
  description,
  anyOf: [schemaRef(name), { type: 'object', nullable: true, enum: [null] }],
});
