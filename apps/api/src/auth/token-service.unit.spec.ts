import { randomBytes } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { SignJWT } from 'jose';
import { nationalScope } from './caller-scope';
import { createTokenService } from './token-service';

const secret = randomBytes(32);
const tokens = createTokenService(secret);

describe('token service', () => {
  it('verifies what it signed: the subject and role become the actor', async () => {
    const token = await tokens.sign({ id: 'petugas-01', role: 'assessor' }, '1h');
    expect(await tokens.verify(`Bearer ${token}`)).toEqual(E.right({ actor: { id: 'petugas-01', role: 'assessor' }, scope: nationalScope }));
  });

  it('says a header is missing, or not a bearer token', async () => {
    expect(await tokens.verify(undefined)).toEqual(E.left('missing_token'));
    expect(await tokens.verify('Basic dXNlcjpwYXNz')).toEqual(E.left('missing_token'));
  });

  it('refuses a token signed with another secret', async () => {
    const other = await createTokenService(randomBytes(32)).sign({ id: 'x', role: 'admin' }, '1h');
    expect(await tokens.verify(`Bearer ${other}`)).toEqual(E.left('invalid_token'));
  });

  it('refuses an unknown role and an expired token', async () => {
    const unknownRole = await new SignJWT({ role: 'warden' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('binaan')
      .setAudience('binaan-api')
      .setExpirationTime('1h')
      .sign(secret);
    expect(await tokens.verify(`Bearer ${unknownRole}`)).toEqual(E.left('invalid_token'));
    const expired = await new SignJWT({ role: 'viewer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('binaan')
      .setAudience('binaan-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    expect(await tokens.verify(`Bearer ${expired}`)).toEqual(E.left('token_expired'));
  });

  it('refuses an unsigned ("alg": "none") token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', role: 'admin', iss: 'binaan', aud: 'binaan-api' })).toString('base64url');
    expect(await tokens.verify(`Bearer ${header}.${payload}.`)).toEqual(E.left('invalid_token'));
  });

  describe('claims a token must carry', () => {
    const signed = (claims: { readonly sub?: string; readonly exp?: number }) => {
      let jwt = new SignJWT({ role: 'caseworker' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('binaan').setAudience('binaan-api').setIssuedAt();
      if (claims.sub !== undefined) jwt = jwt.setSubject(claims.sub);
      if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
      return jwt.sign(secret);
    };
    const inDays = (days: number) => Math.floor(Date.now() / 1000) + days * 24 * 60 * 60;

    it('refuses a token without an expiry, or one that expires more than 30 days ahead', async () => {
      expect(await tokens.verify(`Bearer ${await signed({ sub: 'petugas-01' })}`)).toEqual(E.left('invalid_token'));
      expect(await tokens.verify(`Bearer ${await signed({ sub: 'petugas-01', exp: inDays(31) })}`)).toEqual(E.left('invalid_token'));
      expect(await tokens.verify(`Bearer ${await signed({ sub: 'petugas-01', exp: inDays(30) - 60 })}`)).toEqual(
        E.right({ actor: { id: 'petugas-01', role: 'caseworker' }, scope: nationalScope }),
      );
    });

    it.each([
      ['no subject', undefined],
      ['an empty subject', ''],
      ['a line break', 'petugas-01\nrole=admin'],
      ['a control character', 'petugas\u0000-01'],
      ['a right-to-left override', 'petugas\u202e10'],
      ['more than 128 characters', 'p'.repeat(129)],
    ])('refuses a subject with %s', async (_case, sub) => {
      expect(await tokens.verify(`Bearer ${await signed({ ...(sub === undefined ? {} : { sub }), exp: inDays(1) })}`)).toEqual(E.left('invalid_token'));
    });

    it('will not sign a token that lives longer than 30 days, nor one for a subject it would refuse', async () => {
      await expect(tokens.sign({ id: 'petugas-01', role: 'viewer' }, '31d')).rejects.toThrow(/30 days/);
      await expect(tokens.sign({ id: 'petugas\n01', role: 'viewer' }, '1h')).rejects.toThrow(/subject/);
    });
  });
});
