import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from './http-types';
import type { Logger } from 'pino';
import { API_LOGGER } from '../app/injection-tokens';
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem';
import { ProblemException } from './problem.exception';
import { problems } from './problems';

/** NestJS's own HTTP exceptions (unknown route, wrong method) as problems; their text is not passed on. */
const problemForHttpException = (exception: HttpException): Problem => {
  const status = exception.getStatus();
  if (status === 404) return problems.routeNotFound();
  if (status === 405) return problems.methodNotAllowed();
  if (status === 413) return problems.payloadTooLarge(0);
  return problem(status, `HTTP_${status}`, 'The request could not be handled.');
};

/**
 * Every error leaves as application/problem+json. Unexpected errors are logged by name and stack
 * (our messages never hold personal data) and answered with a bare 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(@Inject(API_LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const body = this.problemFor(exception, request);
    if (response.headersSent) {
      response.end();
      return;
    }
    if (body.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="binaan"');
    const requestId = request.requestId;
    const instance = requestId === undefined ? {} : { instance: `urn:uuid:${requestId}` };
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify({ ...body, ...instance }));
  }

  private problemFor(exception: unknown, request: HttpRequest): Problem {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof HttpException) return problemForHttpException(exception);
    const error = exception instanceof Error ? exception : new Error('non-error thrown');
    this.logger.error(
      { err: { name: error.name, stack: error.stack }, requestId: request.requestId },
      'unexpected error',
    );
    return problems.internalError();
  }
}
