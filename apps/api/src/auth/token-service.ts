import * as E from 'fp-ts/Either';
import { SignJWT, errors, jwtVerify } from 'jose';
import { isRole, type Actor } from './role';

const issuer = 'binaan';
const audience = 'binaan-api';
const maxSubjectLength = 128;

export type TokenFailure = 'missing_token' | 'invalid_token' | 'token_expired';

export interface TokenService {
  readonly sign: (actor: Actor, lifetime: string) => Promise<string>;
  readonly verify: (authorization: string | undefined) => Promise<E.Either<TokenFailure, Actor>>;
}

const bearerToken = (authorization: string | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
};

/** HS256 bearer tokens whose `sub` and `role` claims name the actor recorded in event metadata. */
export const createTokenService = (secret: Uint8Array): TokenService => ({
  sign: (actor, lifetime) =>
    new SignJWT({ role: actor.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(actor.id)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(secret),
  verify: async (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) return E.left('missing_token');
    try {
      const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer, audience });
      const { sub, role } = payload;
      if (typeof sub !== 'string' || sub.length === 0 || sub.length > maxSubjectLength || !isRole(role)) {
        return E.left('invalid_token');
      }
      return E.right({ id: sub, role });
    } catch (error) {
      return E.left(error instanceof errors.JWTExpired ? 'token_expired' : 'invalid_token');
    }
  },
});
