import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS_FILE_NAME, createAccountService, openSqliteAccountStore, type AccountService } from '@binaan/accounts';

/** The accounts of a data folder (`<data>/accounts.sqlite`), the same file the API reads; the folder is made (0700) if missing. */
export const withAccounts = async <T>(dataDir: string, work: (accounts: AccountService) => Promise<T>): Promise<T> => {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const accounts = createAccountService({ store: openSqliteAccountStore(join(dataDir, ACCOUNTS_FILE_NAME)) });
  try {
    return await work(accounts);
  } finally {
    await accounts.close();
  }
};
