/** The roles a staff account can hold; the API's access policy says what each may do. */
export const roles = ['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin'] as const;

export type Role = (typeof roles)[number];

export const isRole = (candidate: unknown): candidate is Role =>
  typeof candidate === 'string' && (roles as readonly string[]).includes(candidate);
