import { accountChangeKinds, type Account, type AccountChange, type AccountChangeKind } from './account';
import { accountScopeFrom } from './account-scope';
import { isRole } from './role';
import type { StoredSession } from './session';

/** An account as either store reads it back: the scope already parsed from JSON, the flags as booleans. */
export interface StoredAccountFields {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
  readonly scope: unknown;
  readonly disabled: boolean;
  readonly passwordHash: string | null;
  readonly external: boolean;
  readonly credentialVersion: number;
  readonly createdAt: Date;
}

/** Checks what a store read back: a role or a scope this Binaan does not know is a corrupt row, not an account. */
export const accountFromStored = (stored: StoredAccountFields): Account => {
  const scope = accountScopeFrom(stored.scope);
  if (!isRole(stored.role) || scope === undefined) throw new Error(`the account row "${stored.id}" is corrupt (role or scope)`);
  return { ...stored, role: stored.role, scope };
};

const isChangeKind = (kind: string): kind is AccountChangeKind => (accountChangeKinds as readonly string[]).includes(kind);

export const changeFromStored = (stored: Omit<AccountChange, 'kind'> & { readonly kind: string }): AccountChange => {
  if (!isChangeKind(stored.kind)) throw new Error(`the account change ${stored.seq} is of an unknown kind: this Binaan is older than the store`);
  return { ...stored, kind: stored.kind };
};

export const sessionFromStored = (stored: {
  readonly idHash: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAtMs: number;
  readonly lastSeenAtMs: number;
}): StoredSession => ({
  idHash: stored.idHash,
  accountId: stored.accountId,
  csrfToken: stored.csrfToken,
  createdAt: new Date(stored.createdAtMs),
  lastSeenAt: new Date(stored.lastSeenAtMs),
});
