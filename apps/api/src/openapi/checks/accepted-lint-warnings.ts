import type { NormalizedProblem } from '@redocly/openapi-core';

interface AcceptedLintWarning {
  readonly ruleId: string;
  readonly pointer: string;
  readonly why: string;
}

/** Warnings of the recommended rules that the document keeps on purpose; every other finding fails the lint. */
export const acceptedLintWarnings: readonly AcceptedLintWarning[] = [
  {
    ruleId: 'operation-4xx-response',
    pointer: '#/paths/~1health/get/responses',
    why: 'The probe takes no parameter, body or token, so no 4xx can happen: it answers 200 or 503, and a 4xx entry would be made up.',
  },
  {
    ruleId: 'operation-4xx-response',
    pointer: '#/paths/~1metrics/get/responses',
    why: 'The scrape takes no parameter, body or token, so no 4xx can happen: it always answers 200.',
  },
];

export const isAcceptedLintWarning = (problem: NormalizedProblem): boolean =>
  problem.severity === 'warn' &&
  acceptedLintWarnings.some(
    (accepted) => accepted.ruleId === problem.ruleId && problem.location.some((location) => location.pointer === accepted.pointer),
  );
