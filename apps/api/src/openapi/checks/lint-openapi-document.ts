import type { OpenAPIObject } from '@nestjs/swagger';
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { isAcceptedLintWarning } from './accepted-lint-warnings';

/**
 * Redocly's `recommended` rules over the document as the API serves it (JSON). Accepted warnings come
 * back marked `ignored`, as Redocly's own ignore file would mark them, so its report still counts them.
 */
export const lintOpenApiDocument = async (document: OpenAPIObject): Promise<readonly NormalizedProblem[]> => {
  const problems = await lintFromString({
    source: JSON.stringify(document, null, 2),
    absoluteRef: 'openapi.json',
    config: await createConfig({ extends: ['recommended'] }),
  });
  return problems.map((problem) => (isAcceptedLintWarning(problem) ? { ...problem, ignored: true } : problem));
};
