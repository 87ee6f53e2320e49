import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../cli/user-error';
import { ACCOUNTS_FILE_NAME, createAccountService, openSqliteAccountStore, type AccountService } from '@binaan/accounts';

/**
 * The accounts of a data folder (`<data>/accounts.sqlite`), the same file the API reads. Only adding an
 * account may create the file (and the folder, 0700): any other command on a folder without one is a
 * mistyped --store, not an empty list.
 */
export const withAccounts = async <T>(dataDir: string, mayCreate: boolean, work: (accounts: AccountService) => Promise<T>): Promise<T> => {
  if (!mayCreate && !existsSync(join(dataDir, ACCOUNTS_FILE_NAME))) {
    throw new UserError(`there are no accounts in ${dataDir} (no ${ACCOUNTS_FILE_NAME})`, 'Check --store, or add the first account with `binaan users add`');
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const accounts = createAccountService({ store: openSqliteAccountStore(join(dataDir, ACCOUNTS_FILE_NAME)) });
  try {
    return await work(accounts);
  } finally {
    await accounts.close();
  }
};
