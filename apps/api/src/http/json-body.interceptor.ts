import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import { JSON_BODY_LIMITS } from '../app/injection-tokens';
import type { HttpRequest } from './http-types';
import { readJsonBody, type JsonBodyLimits } from './json-body';

const methodsWithBody: readonly string[] = ['POST', 'PUT', 'PATCH'];

/**
 * Reads a JSON body once the guard has let the request through (Nest runs guards before
 * interceptors), so a caller without a valid token, or whose role may not act, never gets a byte of
 * its body read: the problem filter answers and closes the connection. It replaces Nest's body parser
 * (disabled at bootstrap) so every body failure becomes a problem.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  constructor(@Inject(JSON_BODY_LIMITS) private readonly limits: JsonBodyLimits) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (!methodsWithBody.includes(request.method)) return next.handle();
    return from(readJsonBody(request, this.limits)).pipe(
      mergeMap((body) => {
        request.body = body;
        return next.handle();
      }),
    );
  }
}
