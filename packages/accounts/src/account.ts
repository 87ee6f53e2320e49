import type { AccountScope } from './account-scope';
import type { Role } from './role';

/**
 * A member of staff who signs in. The id is the login name and the actor id in event metadata; the
 * display name is for screens only and is never written into events or logs.
 */
export interface Account {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: AccountScope;
  readonly disabled: boolean;
  /**
   * The password hash (scrypt, parameters inside), or null for an account that signs in elsewhere
   * (`external`, e.g. OpenID Connect) and has no password here.
   */
  readonly passwordHash: string | null;
  readonly external: boolean;
  /** Goes up on every password reset: tokens carry it, and one that carries an older value is refused. */
  readonly credentialVersion: number;
  readonly createdAt: Date;
}

/** What the change log records; never password material. */
export const accountChangeKinds = ['created', 'disabled', 'enabled', 'password_reset', 'role_changed', 'scope_changed'] as const;
export type AccountChangeKind = (typeof accountChangeKinds)[number];

/** One line of the append-only account change log: who changed which account, how, and when. */
export interface AccountChange {
  readonly seq: number;
  readonly accountId: string;
  readonly kind: AccountChangeKind;
  /** The account id (or `cli:<os user>`) that made the change. */
  readonly changedBy: string;
  readonly changedAt: Date;
  /** What changed, without personal data or password material, e.g. `{ role: 'admin' }`. */
  readonly details: Readonly<Record<string, unknown>>;
}
