import type { HttpException } from '@nestjs/common';
import type { JsonBodyLimits } from './json-body';
import { cataloguedProblem, type Problem } from './problem';
import { problems } from './problems';

/** NestJS's own HTTP exceptions (unknown route, wrong method, a body over the limit) as problems; their text is not passed on. */
export const problemForHttpException = (exception: HttpException, bodyLimits: JsonBodyLimits): Problem => {
  const status = exception.getStatus();
  if (status === 404) return problems.routeNotFound();
  if (status === 405) return problems.methodNotAllowed();
  if (status === 413) return problems.payloadTooLarge(bodyLimits.maxBytes);
  return cataloguedProblem(status, `HTTP_${status}`, 'httpError');
};
