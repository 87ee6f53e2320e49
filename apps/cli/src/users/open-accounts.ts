import { existsSync, mkdirSync } from 'node:fs';
import { ACCOUNTS_FILE_NAME, createAccountService, type AccountService } from '@binaan/accounts';
import { accountStoreLocation, openAccountStore } from '@binaan/runtime';
import { UserError } from '../cli/user-error';
import type { StoreLocation } from '../options/store-location';

/**
 * The accounts the API reads: with PG_URL, PostgreSQL's; otherwise `<data>/accounts.sqlite`. Only
 * adding an account may create the file (and the folder, 0700): any other command on a folder without
 * one is a mistyped --store, not an empty list.
 */
export const withAccounts = async <T>(location: StoreLocation, mayCreate: boolean, work: (accounts: AccountService) => Promise<T>): Promise<T> => {
  const where = accountStoreLocation(location);
  if (where.kind === 'sqlite') {
    if (!mayCreate && !existsSync(where.path)) {
      throw new UserError(`there are no accounts in ${location.dataDir} (no ${ACCOUNTS_FILE_NAME})`, 'Check --store, or add the first account with `binaan users add`');
    }
    mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
  }
  const accounts = createAccountService({ store: await openAccountStore(location) });
  try {
    return await work(accounts);
  } finally {
    await accounts.close();
  }
};
