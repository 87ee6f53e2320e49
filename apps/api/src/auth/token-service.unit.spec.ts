import { randomBytes } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { SignJWT } from 'jose';
import { createTokenService } from './token-service';

const secret = randomBytes(32);
const tokens = createTokenService(secret);

describe('token service', () => {
  it('verifies what it signed: the account id and the credential version it was issued under', async () => {
    const { token, expiresAt } = await tokens.sign({ accountId: 'petugas-01', credentialVersion: 3 }, '1h');
    expect(await tokens.verify(`Bearer ${token}`)).toEqual(E.right({ accountId: 'petugas-01', credentialVersion: 3 }));
    expect(Math.abs(expiresAt.getTime() - (Date.now() + 3_600_000))).toBeLessThan(5_000);
  });

  it('issues tokens for 8 hours unless told otherwise, and carries no role or scope', async () => {
    const { token, expiresAt } = await tokens.sign({ accountId: 'petugas-01', credentialVersion: 1 });
    expect(Math.abs(expiresAt.getTime() - (Date.now() + 8 * 3_600_000))).toBeLessThan(5_000);
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(Object.keys(claims).sort()).toEqual(['aud', 'cv', 'exp', 'iat', 'iss', 'sub']);
  });

  it('says a header is missing, or not a bearer token', async () => {
    expect(await tokens.verify(undefined)).toEqual(E.left('missing_token'));
    expect(await tokens.verify('Basic dXNlcjpwYXNz')).toEqual(E.left('missing_token'));
  });

  it('refuses a token signed with another secret', async () => {
    const other = await createTokenService(randomBytes(32)).sign({ accountId: 'petugas-01', credentialVersion: 1 }, '1h');
    expect(await tokens.verify(`Bearer ${other.token}`)).toEqual(E.left('invalid_token'));
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({ cv: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('petugas-01')
      .setIssuer('binaan')
      .setAudience('binaan-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    expect(await tokens.verify(`Bearer ${expired}`)).toEqual(E.left('token_expired'));
  });

  it('refuses an unsigned ("alg": "none") token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'petugas-01', cv: 1, iss: 'binaan', aud: 'binaan-api' })).toString('base64url');
    expect(await tokens.verify(`Bearer ${header}.${payload}.`)).toEqual(E.left('invalid_token'));
  });

  describe('claims a token must carry', () => {
    const signed = (claims: { readonly sub?: string; readonly exp?: number; readonly cv?: unknown }) => {
      let jwt = new SignJWT(claims.cv === undefined ? {} : { cv: claims.cv })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('binaan')
        .setAudience('binaan-api')
        .setIssuedAt();
      if (claims.sub !== undefined) jwt = jwt.setSubject(claims.sub);
      if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
      return jwt.sign(secret);
    };
    const inDays = (days: number) => Math.floor(Date.now() / 1000) + days * 24 * 60 * 60;

    it('refuses a token without an expiry, or one that expires more than 30 days ahead', async () => {
      expect(await tokens.verify(`Bearer ${await signed({ sub: 'petugas-01', cv: 1 })}`)).toEqual(E.left('invalid_token'));
      expect(await tokens.verify(`Bearer ${await signed({ sub: 'petugas-01', cv: 1, exp: inDays(31) })}`)).toEqual(E.left('invalid_token'));
      expect(await tokens.verify(`Bearer ${await signed({ sub: 'petugas-01', cv: 1, exp: inDays(30) - 60 })}`)).toEqual(
        E.right({ accountId: 'petugas-01', credentialVersion: 1 }),
      );
    });

    it.each([
      ['no credential version', { sub: 'petugas-01' }],
      ['a credential version that is not a whole number from 1', { sub: 'petugas-01', cv: 0 }],
      ['a credential version as text', { sub: 'petugas-01', cv: '1' }],
    ])('refuses a token with %s', async (_case, claims) => {
      expect(await tokens.verify(`Bearer ${await signed({ ...claims, exp: inDays(1) })}`)).toEqual(E.left('invalid_token'));
    });

    it.each([
      ['no subject', undefined],
      ['an empty subject', ''],
      ['a line break', 'petugas-01\nrole=admin'],
      ['a control character', 'petugas\u0000-01'],
      ['a right-to-left override', 'petugas\u202e10'],
      ['capitals (not an account id)', 'Petugas-01'],
      ['more than 64 characters', 'p'.repeat(65)],
    ])('refuses a subject with %s', async (_case, sub) => {
      expect(await tokens.verify(`Bearer ${await signed({ ...(sub === undefined ? {} : { sub }), cv: 1, exp: inDays(1) })}`)).toEqual(
        E.left('invalid_token'),
      );
    });

    it('will not sign a token that lives longer than 30 days, nor one for a subject that is not an account id', async () => {
      await expect(tokens.sign({ accountId: 'petugas-01', credentialVersion: 1 }, '31d')).rejects.toThrow(/30 days/);
      await expect(tokens.sign({ accountId: 'petugas\n01', credentialVersion: 1 }, '1h')).rejects.toThrow(/account id/);
    });
  });
});
