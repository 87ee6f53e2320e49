/** The roles an account can hold (kept with the accounts); access-policy.ts says what each may do. */
export { roles, isRole, type Role } from '@binaan/accounts';
import type { Role } from '@binaan/accounts';

/** Who is calling: the account's id and its role; it becomes the actor in event metadata. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}
