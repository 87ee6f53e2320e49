import type * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

/**
 * Who writes and reads the record: the lapas registrar, the LPK assessor, the case worker after
 * release, the auditor (read only), the viewer (aggregates only) and the admin (the supervisor).
 */
export const staffRoles = ['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin'] as const;
export const StaffRole = oneOf('StaffRole', staffRoles);
export type StaffRole = t.TypeOf<typeof StaffRole>;

/** A person acting on the record: who they are (a user id) and the role they act in. */
export interface Actor {
  readonly id: string;
  readonly role: StaffRole;
}
