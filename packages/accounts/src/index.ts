export { roles, isRole, type Role } from './role';
export { ACCOUNT_ID_RULE, isAccountId } from './account-id';
export { accountScopeFrom, isScopeId, nationalScope, SCOPE_ID_RULE, type AccountScope } from './account-scope';
export { accountChangeKinds, type Account, type AccountChange, type AccountChangeKind } from './account';
export { checkedAccountId, checkedDisplayName, checkedRole, checkedScope, DISPLAY_NAME_RULE } from './account-input';
export { AccountExistsError, AccountInputError, AccountNotFoundError } from './errors';
export { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_RULE, passwordProblem } from './password-rules';
export { defaultScryptParameters, hashPassword, verifyPassword, type ScryptParameters } from './password-hash';
export { generatePassword } from './generate-password';
export { defaultSessionPolicy, type SessionPolicy, type StoredSession } from './session';
export type { AccountPatch, AccountStore, ChangeAuthor, ChangeToLog } from './account-store';
export { ACCOUNTS_FILE_NAME, openSqliteAccountStore } from './sqlite-account-store';
export { openPostgresAccountStore, type PostgresAccountStoreOptions } from './postgres-account-store';
export {
  createAccountService,
  sessionIdHash,
  type AccountService,
  type AccountServiceOptions,
  type LiveSession,
  type NewAccount,
  type StartedSession,
} from './account-service';
