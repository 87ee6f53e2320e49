import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The parts of Express's request and response the API uses. Written here because the workspace
 * has no @types/express; Nest's platform-express hands us these objects.
 */
export interface HttpRequest extends IncomingMessage {
  body?: unknown;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly path: string;
  readonly baseUrl: string;
  readonly route?: { readonly path?: unknown };
  method: string;
  /** Set by the request observer: echoed as X-Request-Id and as a problem's `instance`. */
  requestId?: string;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  type(contentType: string): this;
  set(headers: Readonly<Record<string, string>>): this;
  send(body: string | Buffer): this;
  /** Adds a request header to Vary, keeping those already there. */
  vary(field: string): this;
}

export type NextFunction = (error?: unknown) => void;
