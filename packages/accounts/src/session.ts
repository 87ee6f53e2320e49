/** A web session as the store keeps it: the cookie value only as its SHA-256, never in clear. */
export interface StoredSession {
  /** SHA-256 (hex) of the random cookie value. */
  readonly idHash: string;
  readonly accountId: string;
  /** Sent back by the browser in `X-CSRF-Token` on every unsafe request. */
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
}

/** How long a session lives: `idleMs` without a request, `absoluteMs` at most from sign-in. */
export interface SessionPolicy {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMs: 30 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };
