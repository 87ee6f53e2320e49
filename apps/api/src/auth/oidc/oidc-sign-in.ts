import * as E from 'fp-ts/Either';
import { Issuer, errors as oidcErrors, generators, type BaseClient } from 'openid-client';
import { AccountExistsError, type Account, type AccountService } from '@binaan/accounts';
import type { OidcConfig } from '../../config/oidc-config';
import type { HttpRequest } from '../../http/http-types';
import type { Problem } from '../../http/problem';
import { problems, type OidcFailureReason } from '../../http/problems';
import { accountFromClaims, type ClaimedAccount } from './account-from-claims';
import type { OidcFlow } from './oidc-flow-cookie';

/** Who changes an account in the change log when a sign-in brings its role or scope to the provider's claims. */
export const OIDC_CHANGED_BY = 'oidc';

export const ACCOUNT_NOT_EXTERNAL_RULE = 'names an account that signs in with a password here; an OpenID Connect sign-in may not take it over';

export interface OidcStart {
  readonly authorizationUrl: string;
  readonly flow: OidcFlow;
}

export interface OidcSignIn {
  /** Where to send the browser, and the state, nonce and PKCE verifier its return must match. */
  readonly start: () => Promise<E.Either<Problem, OidcStart>>;
  /** Checks the provider's answer against the flow, verifies the ID token and brings the account to its claims. */
  readonly finish: (request: HttpRequest, flow: OidcFlow | undefined) => Promise<E.Either<Problem, Account>>;
}

const failed = (reason: OidcFailureReason): E.Either<Problem, never> => E.left(problems.oidcSignInFailed(reason));

/** The provider could not be reached or answered with something other than OAuth: not the caller's fault. */
const unreachable = (error: unknown): boolean =>
  !(error instanceof oidcErrors.OPError) && !(error instanceof oidcErrors.RPError);

/** RS256, which every provider must offer, unless the provider says it signs ID tokens otherwise only. */
const idTokenAlgorithmOf = (supported: unknown): string => {
  const algorithms = Array.isArray(supported) ? supported.filter((alg): alg is string => typeof alg === 'string' && alg !== 'none') : [];
  return algorithms.length === 0 || algorithms.includes('RS256') ? 'RS256' : (algorithms[0] ?? 'RS256');
};

/**
 * The authorization code flow with PKCE (S256), `state` and `nonce`, through `openid-client`, which
 * verifies the ID token (signature against the provider's published keys, issuer, audience, expiry,
 * nonce). The provider's metadata is read on the first sign-in and kept; a failed read is tried again.
 */
export const createOidcSignIn = (config: OidcConfig, accounts: AccountService): OidcSignIn => {
  let client: Promise<BaseClient> | undefined;
  const clientOf = (): Promise<BaseClient> => {
    client ??= Issuer.discover(config.issuer).then(
      (issuer) =>
        new issuer.Client({
          client_id: config.clientId,
          client_secret: config.clientSecret,
          redirect_uris: [config.redirectUri],
          response_types: ['code'],
          id_token_signed_response_alg: idTokenAlgorithmOf(issuer.metadata.id_token_signing_alg_values_supported),
        }),
    );
    client.catch(() => {
      client = undefined;
    });
    return client;
  };

  const claimsOf = async (found: BaseClient, request: HttpRequest, flow: OidcFlow): Promise<E.Either<Problem, Readonly<Record<string, unknown>>>> => {
    const params = found.callbackParams(request);
    if (params.state !== flow.state) return failed('state_mismatch');
    try {
      const tokens = await found.callback(config.redirectUri, params, {
        state: flow.state,
        nonce: flow.nonce,
        code_verifier: flow.codeVerifier,
        response_type: 'code',
      });
      const idClaims = tokens.claims();
      // Claims the provider keeps for userinfo (as a conforming one does for scopes) are read there; its `sub` must match.
      const userinfo = found.issuer.metadata.userinfo_endpoint !== undefined && tokens.access_token !== undefined ? await found.userinfo(tokens) : {};
      return E.right({ ...userinfo, ...idClaims });
    } catch (error) {
      if (unreachable(error)) return E.left(problems.oidcProviderUnavailable());
      return failed(error instanceof oidcErrors.OPError ? 'provider_refused' : 'token_invalid');
    }
  };

  const accountFor = async (claimed: ClaimedAccount, firstTry = true): Promise<E.Either<Problem, Account>> => {
    const existing = await accounts.find(claimed.id);
    if (existing === undefined) {
      try {
        return E.right(await accounts.add({ ...claimed, external: true }, OIDC_CHANGED_BY));
      } catch (error) {
        // The same person's first sign-in in two tabs at once: the other one created the account.
        if (error instanceof AccountExistsError && firstTry) return accountFor(claimed, false);
        throw error;
      }
    }
    if (!existing.external) return E.left(problems.oidcClaimInvalid(config.claims.accountId, ACCOUNT_NOT_EXTERNAL_RULE));
    if (existing.disabled) return E.left(problems.accountDisabled());
    await accounts.changeRole(existing.id, claimed.role, OIDC_CHANGED_BY);
    return E.right(await accounts.changeScope(existing.id, claimed.scope, OIDC_CHANGED_BY));
  };

  return {
    start: async () => {
      try {
        const found = await clientOf();
        const flow: OidcFlow = { state: generators.state(), nonce: generators.nonce(), codeVerifier: generators.codeVerifier() };
        const authorizationUrl = found.authorizationUrl({
          scope: config.scopes,
          redirect_uri: config.redirectUri,
          state: flow.state,
          nonce: flow.nonce,
          code_challenge: generators.codeChallenge(flow.codeVerifier),
          code_challenge_method: 'S256',
        });
        return E.right({ authorizationUrl, flow });
      } catch {
        return E.left(problems.oidcProviderUnavailable());
      }
    },
    finish: async (request, flow) => {
      if (flow === undefined) return failed('flow_missing_or_expired');
      let found: BaseClient;
      try {
        found = await clientOf();
      } catch {
        return E.left(problems.oidcProviderUnavailable());
      }
      const claims = await claimsOf(found, request, flow);
      if (E.isLeft(claims)) return claims;
      const claimed = accountFromClaims(claims.right, config.claims);
      if (E.isLeft(claimed)) return E.left(problems.oidcClaimInvalid(claimed.left.claim, claimed.left.rule));
      return accountFor(claimed.right);
    },
  };
};
