import { createHmac } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { HttpRequest, HttpResponse } from '../../http/http-types';

export const OIDC_FLOW_COOKIE = 'binaan_oidc_flow';
/** A sign-in at the identity provider must come back within this. */
export const OIDC_FLOW_SECONDS = 10 * 60;

/** What the browser's one sign-in round trip must come back with: kept only in the encrypted cookie. */
export interface OidcFlow {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** Where the browser goes once signed in: the staff app, or the dashboard (`?return=dashboard`); never an address from outside. */
export const oidcReturnTargets = { app: '/app/', dashboard: '/' } as const;
export type OidcReturnTarget = keyof typeof oidcReturnTargets;

export const oidcReturnTargetFrom = (value: unknown): OidcReturnTarget => (value === 'dashboard' ? 'dashboard' : 'app');

/** The flow and where to go after it, as the cookie carries them. */
export interface PendingOidcFlow {
  readonly flow: OidcFlow;
  readonly returnTo: OidcReturnTarget;
}

/** The cookie key: derived from the API's signing secret, so every instance behind one address reads it. */
export const oidcFlowKey = (apiSecret: Uint8Array): Uint8Array => createHmac('sha256', apiSecret).update('binaan oidc flow cookie').digest();

const overTls = (request: HttpRequest): boolean => (request.socket as { encrypted?: boolean }).encrypted === true;

/**
 * httpOnly, only under /auth/oidc, SameSite=Lax (the provider's redirect back is a top-level navigation
 * from another site, which a Strict cookie would not come with), Secure over TLS or an https redirect URI.
 */
const attributes = (request: HttpRequest, secure: boolean): string =>
  `Path=/auth/oidc; HttpOnly; SameSite=Lax${secure || overTls(request) ? '; Secure' : ''}`;

/** Adds a Set-Cookie line, keeping those already set on the response. */
export const appendSetCookie = (response: HttpResponse, cookie: string): void => {
  const existing = response.getHeader('Set-Cookie');
  const lines = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  response.setHeader('Set-Cookie', [...lines, cookie]);
};

export const cookieOf = (request: HttpRequest, name: string): string | undefined => {
  const values = (request.headers.cookie ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
  return values.length === 1 ? values[0] : undefined;
};

export interface OidcFlowCookies {
  readonly set: (request: HttpRequest, response: HttpResponse, pending: PendingOidcFlow) => Promise<void>;
  /** The flow the browser started here, if its cookie is there, unexpired and ours. */
  readonly read: (request: HttpRequest) => Promise<PendingOidcFlow | undefined>;
  readonly clear: (request: HttpRequest, response: HttpResponse) => void;
}

/** The flow in an encrypted JWT (dir, A256GCM): the browser carries it but can neither read nor change it. */
export const oidcFlowCookies = (key: Uint8Array, secure: boolean): OidcFlowCookies => ({
  set: async (request, response, { flow, returnTo }) => {
    const value = await new EncryptJWT({ st: flow.state, nn: flow.nonce, cv: flow.codeVerifier, rt: returnTo })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${OIDC_FLOW_SECONDS}s`)
      .encrypt(key);
    appendSetCookie(response, `${OIDC_FLOW_COOKIE}=${value}; ${attributes(request, secure)}; Max-Age=${OIDC_FLOW_SECONDS}`);
  },
  read: async (request) => {
    const value = cookieOf(request, OIDC_FLOW_COOKIE);
    if (value === undefined || value === '') return undefined;
    try {
      const { payload } = await jwtDecrypt(value, key, { requiredClaims: ['exp'] });
      const { st, nn, cv, rt } = payload;
      if (typeof st !== 'string' || typeof nn !== 'string' || typeof cv !== 'string') return undefined;
      return { flow: { state: st, nonce: nn, codeVerifier: cv }, returnTo: oidcReturnTargetFrom(rt) };
    } catch {
      return undefined;
    }
  },
  clear: (request, response) => appendSetCookie(response, `${OIDC_FLOW_COOKIE}=; ${attributes(request, secure)}; Max-Age=0`),
});
