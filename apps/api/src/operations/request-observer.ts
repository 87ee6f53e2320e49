import { randomUUID } from 'node:crypto';
import type { NextFunction, HttpRequest, HttpResponse } from '../http/http-types';
import type { Logger } from 'pino';
import type { ApiMetrics } from './metrics';

type ObservedRequest = HttpRequest & { actor?: { readonly id: string; readonly role: string } };

/** Route patterns only (`/participants/:participantId`), so neither ids nor query values reach labels or logs. */
const routeOf = (request: HttpRequest): string => {
  const path = (request.route as { readonly path?: string } | undefined)?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : 'unmatched';
};

/**
 * Gives each request an id (echoed as X-Request-Id and as the problem `instance`), then logs and
 * measures it when the response is finished. It never reads bodies, headers other than its own, or query values.
 */
export const requestObserver =
  (logger: Logger, metrics: ApiMetrics) =>
  (request: ObservedRequest, response: HttpResponse, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    request.requestId = randomUUID();
    response.setHeader('X-Request-Id', request.requestId);
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(request);
      metrics.observeRequest(request.method, route, response.statusCode, seconds);
      logger.info(
        {
          requestId: request.requestId,
          method: request.method,
          route,
          status: response.statusCode,
          ms: Math.round(seconds * 1000),
          ...(request.actor === undefined ? {} : { actor: request.actor }),
        },
        'request',
      );
    });
    next();
  };
