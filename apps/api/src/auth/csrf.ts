import { timingSafeEqual } from 'node:crypto';
import type { HttpRequest } from '../http/http-types';
import type { Problem } from '../http/problem';
import { problems } from '../http/problems';

export const CSRF_HEADER = 'x-csrf-token';

const safeMethods: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

/**
 * A request authenticated by the session cookie that may change something must echo the session's
 * CSRF token in `X-CSRF-Token`: another site can make a browser send the cookie, never the header.
 */
export const csrfProblem = (request: HttpRequest, expected: string): Problem | undefined => {
  if (safeMethods.includes(request.method)) return undefined;
  const sent = request.headers[CSRF_HEADER];
  if (sent === undefined || sent === '') return problems.csrfTokenMissing();
  const given = Buffer.from(Array.isArray(sent) ? sent.join(',') : sent);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? undefined : problems.csrfTokenInvalid();
};
