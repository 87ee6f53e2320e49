import * as E from 'fp-ts/Either';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import { callerScopeFrom, nationalScope, type CallerScope } from './caller-scope';
import { isRole, type Actor } from './role';

const issuer = 'binaan';
const audience = 'binaan-api';
const maxSubjectLength = 128;
/** The longest a token may live: one that leaks stops working within this, and a revoked role too. */
export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

/**
 * A subject the API will write into event metadata and logs: printable ASCII (spaces only inside), at
 * most 128 characters. No line breaks or control characters to forge a log line, no bidirectional
 * overrides to make one id look like another.
 */
const isPrintableSubject = (subject: string): boolean =>
  subject.length <= maxSubjectLength && /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(subject);

const nowInSeconds = (): number => Math.floor(Date.now() / 1000);

export type TokenFailure = 'missing_token' | 'invalid_token' | 'token_expired';

/** A verified caller: who acts, and where she may act. */
export interface Caller {
  readonly actor: Actor;
  readonly scope: CallerScope;
}

export interface TokenService {
  readonly sign: (actor: Actor, lifetime: string, scope?: CallerScope) => Promise<string>;
  readonly verify: (authorization: string | undefined) => Promise<E.Either<TokenFailure, Caller>>;
}

const bearerToken = (authorization: string | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
};

/**
 * HS256 bearer tokens whose `sub` and `role` claims name the actor recorded in event metadata. Each must
 * carry `exp`, at most 30 days ahead, and a printable `sub`.
 */
export const createTokenService = (secret: Uint8Array): TokenService => ({
  sign: async (actor, lifetime, scope = nationalScope) => {
    if (!isPrintableSubject(actor.id)) throw new Error('The token subject must be 1 to 128 printable ASCII characters');
    const token = await new SignJWT({ role: actor.role, scope })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(actor.id)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(secret);
    const { exp = Number.POSITIVE_INFINITY } = decodeJwt(token);
    if (exp - nowInSeconds() > MAX_TOKEN_LIFETIME_SECONDS) throw new Error('A token may live at most 30 days');
    return token;
  },
  verify: async (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) return E.left('missing_token');
    try {
      const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer, audience, requiredClaims: ['exp', 'sub'] });
      const { sub, role, exp } = payload;
      const scope = payload['scope'] === undefined ? nationalScope : callerScopeFrom(payload['scope']);
      if (typeof sub !== 'string' || !isPrintableSubject(sub) || !isRole(role) || scope === undefined) return E.left('invalid_token');
      if (exp === undefined || exp - nowInSeconds() > MAX_TOKEN_LIFETIME_SECONDS) return E.left('invalid_token');
      return E.right({ actor: { id: sub, role }, scope });
    } catch (error) {
      return E.left(error instanceof errors.JWTExpired ? 'token_expired' : 'invalid_token');
    }
  },
});
