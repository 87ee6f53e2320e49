import * as E from 'fp-ts/Either';
import { defaultOidcClaims } from '../../config/oidc-config';
import { accountFromClaims, ACCOUNT_ID_CLAIM_RULE, ROLE_CLAIM_RULE, SCOPE_CLAIM_RULE } from './account-from-claims';

const claims = { sub: 'a1b2', preferred_username: 'Petugas.Malang', name: 'Petugas Uji', binaan_role: 'registrar' };

describe('accountFromClaims', () => {
  it('lowercases the account id claim and reads role, name and scope', () => {
    expect(accountFromClaims({ ...claims, binaan_facilities: ['lapas-b', 'lapas-a', 'lapas-b'], binaan_programmes: '*' }, defaultOidcClaims)).toEqual(
      E.right({ id: 'petugas.malang', displayName: 'Petugas Uji', role: 'registrar', scope: { facilities: ['lapas-a', 'lapas-b'], programmes: 'all' } }),
    );
  });

  it('reads "*" as all, a single id as a list of one, and an absent claim as none', () => {
    const account = accountFromClaims({ ...claims, binaan_facilities: ['*'], binaan_programmes: 'sulam-malang-2019' }, defaultOidcClaims);
    expect(account).toEqual(E.right(expect.objectContaining({ scope: { facilities: 'all', programmes: ['sulam-malang-2019'] } })));
    expect(accountFromClaims(claims, defaultOidcClaims)).toEqual(E.right(expect.objectContaining({ scope: { facilities: [], programmes: [] } })));
  });

  it('falls back to the account id when the name claim is absent or unusable', () => {
    expect(accountFromClaims({ ...claims, name: undefined }, defaultOidcClaims)).toEqual(E.right(expect.objectContaining({ displayName: 'petugas.malang' })));
    expect(accountFromClaims({ ...claims, name: 'a\u0000b' }, defaultOidcClaims)).toEqual(E.right(expect.objectContaining({ displayName: 'petugas.malang' })));
  });

  it.each([
    [{ ...claims, preferred_username: undefined }, 'preferred_username', ACCOUNT_ID_CLAIM_RULE],
    [{ ...claims, preferred_username: 'siti rahayu@example' }, 'preferred_username', ACCOUNT_ID_CLAIM_RULE],
    [{ ...claims, binaan_role: 'warden' }, 'binaan_role', ROLE_CLAIM_RULE],
    [{ ...claims, binaan_role: ['registrar'] }, 'binaan_role', ROLE_CLAIM_RULE],
    [{ ...claims, binaan_facilities: ['Lapas Malang'] }, 'binaan_facilities', SCOPE_CLAIM_RULE],
    [{ ...claims, binaan_facilities: ['*', 'lapas-a'] }, 'binaan_facilities', SCOPE_CLAIM_RULE],
    [{ ...claims, binaan_programmes: 42 }, 'binaan_programmes', SCOPE_CLAIM_RULE],
  ])('refuses %j, naming %s', (given, claim, rule) => {
    expect(accountFromClaims(given, defaultOidcClaims)).toEqual(E.left({ claim, rule }));
  });

  it('follows the configured claim names', () => {
    const mapping = { ...defaultOidcClaims, accountId: 'sub', role: 'peran' };
    expect(accountFromClaims({ sub: 'nip-1987', peran: 'viewer' }, mapping)).toEqual(E.right(expect.objectContaining({ id: 'nip-1987', role: 'viewer' })));
  });
});
