import { formatProblems, getTotals } from '@redocly/openapi-core';
import { openApiDocument } from '../openapi-document';
import { lintOpenApiDocument } from './lint-openapi-document';

/*
 * Lints the OpenAPI document and exits non-zero on any error or any warning not accepted in
 * accepted-lint-warnings.ts. Run through tsx rather than jest: Redocly ships only ES modules, which
 * jest's CommonJS runtime cannot load, while Node 20.19+ can.
 *   npx tsx --tsconfig apps/api/tsconfig.json apps/api/src/openapi/checks/lint-openapi.ts
 */
const lint = async (): Promise<void> => {
  const problems = await lintOpenApiDocument(openApiDocument());
  const totals = getTotals([...problems]);
  formatProblems([...problems], { format: 'codeframe', totals });
  process.stdout.write(`openapi lint: ${totals.errors} errors, ${totals.warnings} warnings, ${totals.ignored} accepted warnings\n`);
  process.exitCode = totals.errors + totals.warnings === 0 ? 0 : 1;
};

void lint();
