import { ConfigError } from './config-error';

/**
 * OpenID Connect sign-in, on only when `OIDC_ISSUER` is set. Every other `OIDC_*` variable without it,
 * or a value that breaks its rule, stops the start with a message naming the variable.
 */
export interface OidcClaimMapping {
  /** The claim whose value (lowercased) is the account id; `preferred_username` unless configured. */
  readonly accountId: string;
  /** The claim shown as the account's display name; `name` unless configured (the account id when absent). */
  readonly displayName: string;
  readonly role: string;
  readonly facilities: string;
  readonly programmes: string;
}

export interface OidcConfig {
  /** The issuer URL; its `/.well-known/openid-configuration` is read on the first sign-in. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where the provider sends the browser back: `<BINAAN_PUBLIC_URL>/auth/oidc/callback` unless configured. */
  readonly redirectUri: string;
  /** The scopes asked for; `openid profile` unless configured. */
  readonly scopes: string;
  readonly claims: OidcClaimMapping;
}


export const defaultOidcClaims: OidcClaimMapping = {
  accountId: 'preferred_username',
  displayName: 'name',
  role: 'binaan_role',
  facilities: 'binaan_facilities',
  programmes: 'binaan_programmes',
};

const claimVariables: Readonly<Record<keyof OidcClaimMapping, string>> = {
  accountId: 'OIDC_ACCOUNT_ID_CLAIM',
  displayName: 'OIDC_DISPLAY_NAME_CLAIM',
  role: 'OIDC_ROLE_CLAIM',
  facilities: 'OIDC_FACILITIES_CLAIM',
  programmes: 'OIDC_PROGRAMMES_CLAIM',
};

const oidcVariables = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_SCOPES', ...Object.values(claimVariables)] as const;

const value = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const text = env[name]?.trim();
  return text === undefined || text === '' ? undefined : text;
};

const isLoopback = (url: URL): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** https, or http to this machine only (a provider under test); no credentials, query or fragment. */
const urlFrom = (text: string, name: string): string => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, e.g. https://sso.example.go.id/realms/binaan`);
  }
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
  if (!schemeOk || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new ConfigError(`${name} must be an https URL (http only to localhost) without credentials, query or fragment`);
  }
  return text;
};

const claimNamePattern = /^[A-Za-z0-9_.:/-]{1,100}$/;

const scopesFrom = (text: string): string => {
  const scopes = text.split(/\s+/);
  if (!scopes.includes('openid') || !scopes.every((scope) => /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/.test(scope))) {
    throw new ConfigError('OIDC_SCOPES must be scope names separated by spaces, including openid');
  }
  return scopes.join(' ');
};

/**
 * The OpenID Connect settings, or undefined when `OIDC_ISSUER` is not set. `publicUrl` is where browsers
 * reach this API (`BINAAN_PUBLIC_URL`, else the host and port it listens on), for the default redirect URI.
 */
export const readOidcConfig = (env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined => {
  const issuer = value(env, 'OIDC_ISSUER');
  if (issuer === undefined) {
    const stray = oidcVariables.find((name) => value(env, name) !== undefined);
    if (stray !== undefined) throw new ConfigError(`OIDC_ISSUER must be set when ${stray} is: OpenID Connect sign-in needs the issuer URL`);
    return undefined;
  }
  const required = (name: string): string => {
    const given = value(env, name);
    if (given === undefined) throw new ConfigError(`${name} must be set when OIDC_ISSUER is`);
    return given;
  };
  const clientId = required('OIDC_CLIENT_ID');
  const clientSecret = required('OIDC_CLIENT_SECRET');
  const claims = Object.fromEntries(
    (Object.keys(claimVariables) as (keyof OidcClaimMapping)[]).map((key) => {
      const name = claimVariables[key];
      const given = value(env, name) ?? defaultOidcClaims[key];
      if (!claimNamePattern.test(given)) throw new ConfigError(`${name} must be a claim name of 1 to 100 characters of A-Z, a-z, 0-9, "_", ".", ":", "/" or "-"`);
      return [key, given];
    }),
  ) as unknown as OidcClaimMapping;
  return {
    issuer: urlFrom(issuer, 'OIDC_ISSUER'),
    clientId,
    clientSecret,
    redirectUri: urlFrom(value(env, 'OIDC_REDIRECT_URI') ?? `${publicUrl.replace(/\/$/, '')}/auth/oidc/callback`, 'OIDC_REDIRECT_URI'),
    scopes: scopesFrom(value(env, 'OIDC_SCOPES') ?? 'openid profile'),
    claims,
  };
};
