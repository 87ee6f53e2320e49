import * as E from 'fp-ts/Either';
import { ACCOUNT_ID_RULE, checkedDisplayName, isAccountId, isRole, isScopeId, roles, SCOPE_ID_RULE, type AccountScope, type Role } from '@binaan/accounts';
import type { OidcClaimMapping } from '../../config/oidc-config';

/** A claim from the identity provider that breaks a rule: `claim` is its name, `rule` what it must be. */
export interface ClaimIssue {
  readonly claim: string;
  readonly rule: string;
}

/** The Binaan account an identity provider's claims describe. */
export interface ClaimedAccount {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: AccountScope;
}

export const ALL_IDS_CLAIM_VALUE = '*';
export const SCOPE_CLAIM_RULE = `must be "${ALL_IDS_CLAIM_VALUE}" (all) or a list of ids, each of which ${SCOPE_ID_RULE}`;
export const ACCOUNT_ID_CLAIM_RULE = `must be present and, lowercased, ${ACCOUNT_ID_RULE}`;
export const ROLE_CLAIM_RULE = `must be one of ${roles.join(', ')}`;

/**
 * A facilities or programmes claim: `"*"` (or `["*"]`) is all; a list of ids (or one id as a string) is
 * those; an absent claim is none, so an account the provider says nothing about sees nothing.
 */
const scopeIdsFrom = (value: unknown, claim: string): E.Either<ClaimIssue, 'all' | readonly string[]> => {
  if (value === undefined || value === null) return E.right([]);
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 1 && list[0] === ALL_IDS_CLAIM_VALUE) return E.right('all');
  if (list.length > 1000 || !list.every(isScopeId)) return E.left({ claim, rule: SCOPE_CLAIM_RULE });
  return E.right([...new Set(list as readonly string[])].sort());
};

const displayNameFrom = (value: unknown, fallback: string): string => {
  try {
    return checkedDisplayName(value);
  } catch {
    return fallback;
  }
};

/**
 * Maps verified ID token (and userinfo) claims to an account: the id is the configured claim lowercased
 * (never otherwise rewritten, so two people can never be folded into one id), the role and the scope come
 * from their claims. The first claim that breaks its rule is named.
 */
export const accountFromClaims = (claims: Readonly<Record<string, unknown>>, mapping: OidcClaimMapping): E.Either<ClaimIssue, ClaimedAccount> => {
  const rawId = claims[mapping.accountId];
  const id = typeof rawId === 'string' ? rawId.trim().toLowerCase() : undefined;
  if (!isAccountId(id)) return E.left({ claim: mapping.accountId, rule: ACCOUNT_ID_CLAIM_RULE });
  const role = claims[mapping.role];
  if (!isRole(role)) return E.left({ claim: mapping.role, rule: ROLE_CLAIM_RULE });
  const facilities = scopeIdsFrom(claims[mapping.facilities], mapping.facilities);
  if (E.isLeft(facilities)) return facilities;
  const programmes = scopeIdsFrom(claims[mapping.programmes], mapping.programmes);
  if (E.isLeft(programmes)) return programmes;
  return E.right({
    id,
    displayName: displayNameFrom(claims[mapping.displayName], id),
    role,
    scope: { facilities: facilities.right, programmes: programmes.right },
  });
};
