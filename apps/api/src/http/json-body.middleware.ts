import type { NextFunction, HttpRequest, HttpResponse } from './http-types';
import { readJsonBody, type JsonBodyLimits } from './json-body';

const methodsWithBody: readonly string[] = ['POST', 'PUT', 'PATCH'];

/** Replaces Nest's body parser (disabled at bootstrap) so every body failure becomes a problem. */
export const jsonBodyMiddleware =
  (limits: JsonBodyLimits) =>
  async (request: HttpRequest, _response: HttpResponse, next: NextFunction): Promise<void> => {
    if (methodsWithBody.includes(request.method)) {
      request.body = await readJsonBody(request, limits);
    }
    next();
  };
