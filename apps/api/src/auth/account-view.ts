import type { Account } from '@binaan/accounts';

/** What the signed-in person's screens need to know about her account; never the hash or the credential version. */
export const accountView = (account: Account) => ({
  id: account.id,
  displayName: account.displayName,
  role: account.role,
  scope: account.scope,
});
