import { readApiConfig } from './api-config';
import { ConfigError } from './config-error';
import { defaultOidcClaims, readOidcConfig } from './oidc-config';

const complete = {
  OIDC_ISSUER: 'https://sso.example.go.id/realms/binaan',
  OIDC_CLIENT_ID: 'binaan',
  OIDC_CLIENT_SECRET: 'rahasia-klien-yang-panjang',
};

const failure = (env: NodeJS.ProcessEnv): string => {
  try {
    readOidcConfig(env, 'http://127.0.0.1:3000');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('readOidcConfig', () => {
  it('is off without OIDC_ISSUER', () => {
    expect(readOidcConfig({}, 'http://127.0.0.1:3000')).toBeUndefined();
    expect(readOidcConfig({ OIDC_ISSUER: '' }, 'http://127.0.0.1:3000')).toBeUndefined();
  });

  it('reads a complete configuration with the default redirect URI, scopes and claim mapping', () => {
    expect(readOidcConfig(complete, 'https://binaan.example.go.id/')).toEqual({
      issuer: 'https://sso.example.go.id/realms/binaan',
      clientId: 'binaan',
      clientSecret: 'rahasia-klien-yang-panjang',
      redirectUri: 'https://binaan.example.go.id/auth/oidc/callback',
      scopes: 'openid profile',
      claims: defaultOidcClaims,
    });
  });

  it('takes the redirect URI, the scopes and every claim name from their variables', () => {
    const config = readOidcConfig(
      {
        ...complete,
        OIDC_REDIRECT_URI: 'https://binaan.example.go.id/sso/callback',
        OIDC_SCOPES: 'openid profile binaan',
        OIDC_ACCOUNT_ID_CLAIM: 'sub',
        OIDC_DISPLAY_NAME_CLAIM: 'given_name',
        OIDC_ROLE_CLAIM: 'https://binaan.go.id/role',
        OIDC_FACILITIES_CLAIM: 'lapas',
        OIDC_PROGRAMMES_CLAIM: 'programmes',
      },
      'http://127.0.0.1:3000',
    );
    expect(config).toMatchObject({
      redirectUri: 'https://binaan.example.go.id/sso/callback',
      scopes: 'openid profile binaan',
      claims: { accountId: 'sub', displayName: 'given_name', role: 'https://binaan.go.id/role', facilities: 'lapas', programmes: 'programmes' },
    });
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'binaan' }, 'OIDC_ISSUER must be set when OIDC_CLIENT_ID is'],
    [{ OIDC_ROLE_CLAIM: 'peran' }, 'OIDC_ISSUER must be set when OIDC_ROLE_CLAIM is'],
    [{ ...complete, OIDC_CLIENT_ID: '' }, 'OIDC_CLIENT_ID must be set when OIDC_ISSUER is'],
    [{ ...complete, OIDC_CLIENT_SECRET: undefined }, 'OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is'],
    [{ ...complete, OIDC_ISSUER: 'sso.example.go.id' }, 'OIDC_ISSUER must be an absolute URL'],
    [{ ...complete, OIDC_ISSUER: 'http://sso.example.go.id' }, 'OIDC_ISSUER must be an https URL (http only to localhost)'],
    [{ ...complete, OIDC_REDIRECT_URI: 'https://binaan.example.go.id/cb#x' }, 'OIDC_REDIRECT_URI must be an https URL'],
    [{ ...complete, OIDC_SCOPES: 'profile email' }, 'OIDC_SCOPES must be scope names separated by spaces, including openid'],
    [{ ...complete, OIDC_ROLE_CLAIM: 'peran petugas' }, 'OIDC_ROLE_CLAIM must be a claim name'],
  ])('refuses %j: %s', (env, message) => {
    expect(failure(env as NodeJS.ProcessEnv)).toContain(message);
  });

  it('allows http to this machine only (a provider under test)', () => {
    expect(readOidcConfig({ ...complete, OIDC_ISSUER: 'http://127.0.0.1:9000' }, 'http://127.0.0.1:3000')?.issuer).toBe('http://127.0.0.1:9000');
  });
});

describe('readApiConfig with OpenID Connect', () => {
  it('builds the default redirect URI from the host and port, or from BINAAN_PUBLIC_URL', () => {
    expect(readApiConfig([], { ...complete, PORT: '4000' }).oidc?.redirectUri).toBe('http://127.0.0.1:4000/auth/oidc/callback');
    expect(readApiConfig([], { ...complete, BINAAN_PUBLIC_URL: 'https://binaan.example.go.id' }).oidc?.redirectUri).toBe(
      'https://binaan.example.go.id/auth/oidc/callback',
    );
  });

  it('is off, and says nothing, without any OIDC variable', () => {
    expect(readApiConfig([], {}).oidc).toBeUndefined();
  });

  it('stops the start on a bad BINAAN_PUBLIC_URL or a partial OIDC configuration, naming the variable', () => {
    expect(() => readApiConfig([], { BINAAN_PUBLIC_URL: 'binaan.example.go.id' })).toThrow('BINAAN_PUBLIC_URL must be an http(s) URL');
    expect(() => readApiConfig([], { OIDC_ISSUER: 'https://sso.example.go.id' })).toThrow(new ConfigError('OIDC_CLIENT_ID must be set when OIDC_ISSUER is'));
  });
});
