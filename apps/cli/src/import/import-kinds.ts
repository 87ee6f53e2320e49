/**
 * What each kind of sheet becomes: the command, and which of its fields are dates, yes/no answers or
 * lists, so that a mapping names only columns. Kinds are imported in this order, so a woman's
 * enrolment is in the record before her assessments, her release and her follow-ups.
 */
export const importKinds = {
  enrolment: {
    commandType: 'EnrollInmate',
    dates: ['enrolledOn', 'consent.recordedOn', 'personalData.birthDate'],
    booleans: ['consent.given'],
    lists: [],
  },
  assessment: { commandType: 'CompleteModule', dates: ['assessedOn'], booleans: [], lists: [] },
  release: { commandType: 'RecordRelease', dates: ['releasedOn', 'supervisionEndsOn'], booleans: [], lists: [] },
  followUp: {
    commandType: 'LogFollowUp',
    dates: ['contactedOn'],
    booleans: ['employment.usesTrainedSkill'],
    lists: ['needs', 'referrals'],
  },
} as const;

export type ImportKind = keyof typeof importKinds;

export const importKindOrder: readonly ImportKind[] = ['enrolment', 'assessment', 'release', 'followUp'];

export const isImportKind = (candidate: unknown): candidate is ImportKind =>
  typeof candidate === 'string' && Object.prototype.hasOwnProperty.call(importKinds, candidate);
