import type { HttpRequest, HttpResponse } from '../http/http-types';

export const SESSION_COOKIE = 'binaan_session';

/** The session cookie's value, when the request carries exactly one. */
export const sessionCookieOf = (request: HttpRequest): string | undefined => {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  const values = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
    .map((pair) => pair.slice(SESSION_COOKIE.length + 1));
  return values.length === 1 ? values[0] : undefined;
};

/** Came over TLS to this server (no proxy is trusted to say so). */
const overTls = (request: HttpRequest): boolean => (request.socket as { encrypted?: boolean }).encrypted === true;

const attributes = (request: HttpRequest): string => `Path=/; HttpOnly; SameSite=Strict${overTls(request) ? '; Secure' : ''}`;

/** httpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over TLS; it lives no longer than the session may. */
export const setSessionCookie = (request: HttpRequest, response: HttpResponse, token: string, maxAgeSeconds: number): void => {
  response.setHeader('Set-Cookie', `${SESSION_COOKIE}=${token}; ${attributes(request)}; Max-Age=${maxAgeSeconds}`);
};

export const clearSessionCookie = (request: HttpRequest, response: HttpResponse): void => {
  response.setHeader('Set-Cookie', `${SESSION_COOKIE}=; ${attributes(request)}; Max-Age=0`);
};
