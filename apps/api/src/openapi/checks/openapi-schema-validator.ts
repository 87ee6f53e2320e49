import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** Schema keywords OpenAPI 3.0 adds to JSON Schema that only annotate; `nullable` ajv knows itself. */
const openApiAnnotations = ['example', 'externalDocs', 'xml'];

/**
 * Checks values against the document's schemas as OpenAPI 3.0 reads them: `nullable` widens `type`
 * (and needs one), formats are checked, and strict mode turns an unknown keyword, format or required
 * name into an error instead of a silent pass. Each component is registered under the very pointer
 * the document's `$ref`s use, so they resolve without rewriting the document.
 * Returns the broken rules, empty when the value fits.
 */
export const openApiSchemaValidator = (document: OpenAPIObject) => {
  const ajv = new Ajv({ strict: true, allErrors: true, discriminator: true });
  addFormats(ajv);
  ajv.addVocabulary(openApiAnnotations);
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    ajv.addSchema(schema, `#/components/schemas/${name}`);
  }
  return (schema: SchemaObject | ReferenceObject, value: unknown): readonly string[] => {
    const validate = ajv.compile(schema);
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`);
  };
};
