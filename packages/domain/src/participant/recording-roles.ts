import type { VoidableEventType } from '../events/voidable-event-type';
import type { StaffRole } from '../vocabulary/staff-role';

/**
 * The role whose work each kind of entry records. A void is theirs to make (of their own entries),
 * or the admin's: whoever records an assessment, a release or a contact answers for putting it right.
 */
export const recordingRoles: Readonly<Record<VoidableEventType, readonly StaffRole[]>> = {
  ModuleCompleted: ['assessor'],
  InmateReleased: ['registrar'],
  FollowUpLogged: ['caseworker'],
  ParticipantExited: ['registrar'],
  ParticipantTransferred: ['registrar'],
  ReturnedToCustody: ['registrar', 'caseworker'],
};
