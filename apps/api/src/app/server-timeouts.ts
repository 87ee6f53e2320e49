import type { Server } from 'node:http';

/** How long the HTTP server waits for a client; a client too slow gets 408 and its connection closed. */
export interface ServerTimeouts {
  /** From the first byte of a request until its headers are complete. */
  readonly headersMs: number;
  /** From the first byte of a request until the whole of it, body included, has arrived. */
  readonly requestMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  readonly keepAliveMs: number;
  /** How often the server looks for requests over their time (Node checks on an interval, not per byte). */
  readonly checkEveryMs: number;
}

/**
 * Slow clients (slowloris) cannot hold connections open: headers within 10 s, a whole request (at most
 * 64 KiB) within 30 s. The keep-alive stays longer than clients' and proxies' idle timeouts, so a
 * client never reuses a socket the server is closing.
 */
export const defaultServerTimeouts: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000, checkEveryMs: 1_000 };

/** Set before the server listens: Node starts its checking interval (a property its types leave out) when listening begins. */
export const applyServerTimeouts = (server: Server & { connectionsCheckingInterval: number }, timeouts: ServerTimeouts): void => {
  if (timeouts.headersMs > timeouts.requestMs) throw new Error('The headers timeout cannot be longer than the request timeout');
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.connectionsCheckingInterval = timeouts.checkEveryMs;
};
