import type { Role } from './role';

/**
 * What each role may do. The API checks every route against this table, and the e2e test walks it
 * role by role. Staff write only what their job records; the auditor reads the history and writes
 * nothing; the viewer sees aggregates only.
 */
export const accessPolicy = {
  enrol: ['registrar', 'admin'],
  recordRelease: ['registrar', 'admin'],
  recordFacilityPopulation: ['registrar', 'admin'],
  completeModule: ['assessor', 'admin'],
  logFollowUp: ['caseworker', 'admin'],
  // Any role that records entries may ask for a void; the decider then holds it to its own entries of its own kind.
  voidEntry: ['registrar', 'assessor', 'caseworker', 'admin'],
  cancelEnrolment: ['registrar', 'admin'],
  correctEnrolment: ['registrar', 'admin'],
  exitParticipant: ['registrar', 'admin'],
  transferParticipant: ['registrar', 'admin'],
  recordReturnToCustody: ['registrar', 'caseworker', 'admin'],
  withdrawConsent: ['registrar', 'caseworker', 'admin'],
  updateContactDetails: ['registrar', 'caseworker', 'admin'],
  erasePersonalData: ['admin'],
  // What is held about one person, decrypted: for the admin who answers a data subject's request.
  readSubjectReport: ['admin'],
  readParticipant: ['registrar', 'assessor', 'caseworker', 'auditor', 'admin'],
  readHistory: ['auditor', 'admin'],
  readAudit: ['auditor', 'admin'],
  readOutcomes: ['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin'],
  readFollowUpCounts: ['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin'],
  readCatalogue: ['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof accessPolicy;

/** Roles that may see a participant's name and registration number next to their status. */
export const rolesSeeingPersonalData: readonly Role[] = ['registrar', 'assessor', 'caseworker', 'admin'];

/** Roles that may see which participants are due a follow-up, not only how many. */
export const rolesSeeingWorklistItems: readonly Role[] = ['registrar', 'caseworker', 'auditor', 'admin'];

/** Roles that see groups of fewer than ten people with their figures (flagged); viewers see them suppressed. */
export const rolesSeeingSmallGroups: readonly Role[] = ['registrar', 'assessor', 'caseworker', 'auditor', 'admin'];

export const mayAct = (role: Role, permission: Permission): boolean =>
  (accessPolicy[permission] as readonly Role[]).includes(role);
