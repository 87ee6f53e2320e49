import { languageOfAcceptLanguage } from '@binaan/messages';
import { DataKeyLogNotFlushedError } from '@binaan/personal-data';
import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from './http-types';
import type { Logger } from 'pino';
import { API_LOGGER, JSON_BODY_LIMITS } from '../app/injection-tokens';
import { problemForHttpException } from './http-exception-problem';
import type { JsonBodyLimits } from './json-body';
import { localizeProblem } from './localize-problem';
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem';
import { ProblemException } from './problem.exception';
import { problems } from './problems';

/**
 * Every error leaves as application/problem+json, in the language the caller's Accept-Language asks for
 * (Indonesian or English; English when it names neither, as before the API spoke Indonesian). Unexpected errors are logged by name and stack
 * (our messages never hold personal data) and answered with a bare 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    @Inject(API_LOGGER) private readonly logger: Logger,
    @Inject(JSON_BODY_LIMITS) private readonly bodyLimits: JsonBodyLimits,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const language = languageOfAcceptLanguage(request.headers['accept-language']);
    const body = localizeProblem(this.problemFor(exception, request), language);
    if (response.headersSent) {
      response.end();
      return;
    }
    // The same address answers in Indonesian or English by Accept-Language (English when it names neither).
    response.setHeader('Content-Language', language);
    response.vary('Accept-Language');
    if (body.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="binaan"');
    if (typeof body['retryAfterSeconds'] === 'number') response.setHeader('Retry-After', String(body['retryAfterSeconds']));
    // Refused before its body was read (no token, a forbidden role): close rather than drain what may never end.
    if (!request.complete) response.setHeader('Connection', 'close');
    const requestId = request.requestId;
    const instance = requestId === undefined ? {} : { instance: `urn:uuid:${requestId}` };
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ ...body, ...instance }));
  }

  private problemFor(exception: unknown, request: HttpRequest): Problem {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof HttpException) return problemForHttpException(exception, this.bodyLimits);
    // Erasure is recorded and the key tombstoned; only the flush of its old bytes waits for a reader: ask again.
    if (exception instanceof DataKeyLogNotFlushedError) return problems.erasureNotFlushed();
    const error = exception instanceof Error ? exception : new Error('non-error thrown');
    this.logger.error(
      { err: { name: error.name, stack: error.stack }, requestId: request.requestId },
      'unexpected error',
    );
    return problems.internalError();
  }
}
