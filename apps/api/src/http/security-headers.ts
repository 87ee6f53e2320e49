import type { HttpRequest, HttpResponse, NextFunction } from './http-types';

/**
 * The headers every reply carries. Scripts only from this origin, no framing (clickjacking), no
 * referrer (a token in a URL never leaks), no content sniffing: a JSON reply is never run as a page.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Swagger UI's page carries a <style> block of its own and styles elements inline; scripts stay to this origin. */
const docsSecurityHeaders: Readonly<Record<string, string>> = {
  ...securityHeaders,
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

const isDocs = (path: string): boolean => path === '/docs' || path.startsWith('/docs/');

/**
 * Sets the security headers before any route runs, so problems and Nest's own answers carry them too.
 * API replies are `no-store`: a participant's reply holds personal data, and every reply depends on
 * the token's role, so no browser or proxy may keep one. The dashboard's files set their own caching.
 */
export const securityHeadersMiddleware = (request: HttpRequest, response: HttpResponse, next: NextFunction): void => {
  const docs = isDocs(request.path);
  for (const [name, value] of Object.entries(docs ? docsSecurityHeaders : securityHeaders)) response.setHeader(name, value);
  response.setHeader('Cache-Control', docs ? 'no-cache' : 'no-store');
  next();
};
