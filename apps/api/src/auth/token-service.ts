import * as E from 'fp-ts/Either';
import { isAccountId } from '@binaan/accounts';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';

const issuer = 'binaan';
const audience = 'binaan-api';
/** The longest a token may live: one that leaks stops working within this, even if nobody disables the account. */
export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 24 * 60 * 60;
/** What `POST /auth/token` issues unless configured otherwise: a working day. */
export const DEFAULT_TOKEN_LIFETIME = '8h';

const nowInSeconds = (): number => Math.floor(Date.now() / 1000);

export type TokenFailure = 'missing_token' | 'invalid_token' | 'token_expired';

/** Whose token it is: the account id and the credential version it was issued under. */
export interface TokenSubject {
  readonly accountId: string;
  readonly credentialVersion: number;
}

export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

export interface TokenService {
  readonly sign: (subject: TokenSubject, lifetime?: string) => Promise<IssuedToken>;
  /** Checks the signature and claims only; the guard then looks the account up. */
  readonly verify: (authorization: string | undefined) => Promise<E.Either<TokenFailure, TokenSubject>>;
}

const bearerToken = (authorization: string | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
};

const isCredentialVersion = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/**
 * HS256 bearer tokens whose `sub` is an account id and whose `cv` claim is the account's credential
 * version when it was issued. Each must carry `exp`, at most 30 days ahead. Role and scope are not in the
 * token: the guard reads them from the account on every request.
 */
export const createTokenService = (secret: Uint8Array): TokenService => ({
  sign: async (subject, lifetime = DEFAULT_TOKEN_LIFETIME) => {
    if (!isAccountId(subject.accountId)) throw new Error('The token subject must be an account id');
    const token = await new SignJWT({ cv: subject.credentialVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject.accountId)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(secret);
    const { exp = Number.POSITIVE_INFINITY } = decodeJwt(token);
    if (exp - nowInSeconds() > MAX_TOKEN_LIFETIME_SECONDS) throw new Error('A token may live at most 30 days');
    return { token, expiresAt: new Date(exp * 1000) };
  },
  verify: async (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) return E.left('missing_token');
    try {
      const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer, audience, requiredClaims: ['exp', 'sub', 'cv'] });
      const { sub, exp, cv } = payload;
      if (!isAccountId(sub) || !isCredentialVersion(cv)) return E.left('invalid_token');
      if (exp === undefined || exp - nowInSeconds() > MAX_TOKEN_LIFETIME_SECONDS) return E.left('invalid_token');
      return E.right({ accountId: sub, credentialVersion: cv });
    } catch (error) {
      return E.left(error instanceof errors.JWTExpired ? 'token_expired' : 'invalid_token');
    }
  },
});
