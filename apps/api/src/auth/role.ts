/** The roles a bearer token can carry; access-policy.ts says what each may do. */
export const roles = ['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin'] as const;

export type Role = (typeof roles)[number];

export const isRole = (candidate: unknown): candidate is Role =>
  typeof candidate === 'string' && (roles as readonly string[]).includes(candidate);

/** Who is calling, taken from a verified token; it becomes the actor in event metadata. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}
