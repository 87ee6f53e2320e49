import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { HttpRequest, HttpResponse } from './http-types';
import { ProblemException } from './problem.exception';
import { problems } from './problems';
import { securityHeaders } from './security-headers';

/** A file a page needs, read once at start. */
export interface Asset {
  readonly contentType: string;
  readonly body: Buffer;
  /** The body gzipped once at start, for the browsers that accept it (all do): a slow link carries a third. */
  readonly gzipped: Buffer;
  /** Extra response headers for this file only (e.g. a service worker's). */
  readonly headers?: Readonly<Record<string, string>>;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** One file from disk, its content type taken from its extension. */
export const fileAsset = (file: string, headers?: Readonly<Record<string, string>>): Asset => {
  const contentType = contentTypes[extname(file)];
  if (contentType === undefined) throw new Error(`no content type known for ${file}`);
  const body = readFileSync(file);
  return { contentType, body, gzipped: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }), ...(headers === undefined ? {} : { headers }) };
};

/**
 * The pages' files are public and hold no data (each page asks for the caller's identity and calls the
 * API), so they carry the API's security headers and may be cached once revalidated.
 */
const assetHeaders: Readonly<Record<string, string>> = { ...securityHeaders, 'Cache-Control': 'no-cache' };

const acceptsGzip = (request: HttpRequest): boolean => {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b(?!;q=0(\.0*)?\b)/.test(header);
};

/** Answers a request with the file mapped to its path (gzipped when the browser accepts it), or the API's 404 problem. */
export const serveAsset = (assets: ReadonlyMap<string, Asset>, request: HttpRequest, response: HttpResponse): void => {
  const asset = assets.get(request.path);
  if (asset === undefined) throw new ProblemException(problems.routeNotFound());
  const gzip = acceptsGzip(request);
  response
    .set({ ...assetHeaders, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), ...asset.headers })
    .type(asset.contentType)
    .send(gzip ? asset.gzipped : asset.body);
};
