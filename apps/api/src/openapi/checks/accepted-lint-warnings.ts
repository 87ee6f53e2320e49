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
  {
    ruleId: 'operation-4xx-response',
    pointer: '#/paths/~1auth~1providers/get/responses',
    why: 'The screens’ question takes no parameter, body or token, so no 4xx can happen: it always answers 200.',
  },
  {
    ruleId: 'operation-2xx-response',
    pointer: '#/paths/~1auth~1oidc~1login/get/responses',
    why: 'A browser navigation of the OpenID Connect flow: success is a 302 to the identity provider, by the protocol; a 2xx would be made up.',
  },
  {
    ruleId: 'operation-2xx-response',
    pointer: '#/paths/~1auth~1oidc~1callback/get/responses',
    why: 'A browser navigation of the OpenID Connect flow: success is a 302 to the staff app with the session cookie set; a 2xx would be made up.',
  },
];

export const isAcceptedLintWarning = (problem: NormalizedProblem): boolean =>
  problem.severity === 'warn' &&
  acceptedLintWarnings.some(
    (accepted) => accepted.ruleId === problem.ruleId && problem.location.some((location) => location.pointer === accepted.pointer),
  );
