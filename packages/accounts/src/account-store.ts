import type { Account, AccountChange, AccountChangeKind } from './account';
import type { StoredSession } from './session';

/** What an account update may change; the id and creation time never change. */
export type AccountPatch = Partial<Pick<Account, 'displayName' | 'role' | 'scope' | 'disabled' | 'passwordHash' | 'credentialVersion'>>;

/** One change to log with an update: its kind and what to say about it (never password material). */
export interface ChangeToLog {
  readonly kind: AccountChangeKind;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Who makes a change, and when. */
export interface ChangeAuthor {
  readonly by: string;
  readonly at: Date;
}

/**
 * Where accounts, their web sessions and the account change log are kept. Every write of an account
 * appends its change log lines in the same transaction.
 */
export interface AccountStore {
  /** Throws AccountExistsError when the id is taken. */
  readonly insertAccount: (account: Account, author: ChangeAuthor) => Promise<void>;
  readonly findAccount: (id: string) => Promise<Account | undefined>;
  readonly listAccounts: () => Promise<readonly Account[]>;
  /**
   * Applies `patch` and logs `changes`; with `endSessions`, deletes the account's web sessions in the
   * same transaction. Throws AccountNotFoundError for an unknown id.
   */
  readonly updateAccount: (
    id: string,
    patch: AccountPatch,
    changes: readonly ChangeToLog[],
    author: ChangeAuthor,
    options?: { readonly endSessions?: boolean },
  ) => Promise<Account>;
  /** The change log, oldest first; one account's when an id is given. */
  readonly changes: (accountId?: string) => Promise<readonly AccountChange[]>;
  readonly insertSession: (session: StoredSession) => Promise<void>;
  readonly findSession: (idHash: string) => Promise<StoredSession | undefined>;
  readonly touchSession: (idHash: string, at: Date) => Promise<void>;
  readonly deleteSession: (idHash: string) => Promise<void>;
  /** Deletes every session last seen before `lastSeenBefore` or created before `createdBefore` (both ended). */
  readonly deleteEndedSessions: (lastSeenBefore: Date, createdBefore: Date) => Promise<void>;
  readonly close: () => Promise<void>;
}
