import type { FieldIssue } from '../http/problem';

export interface SignInBody {
  readonly username: string;
  readonly password: string;
}

const maxLength = 1024;

/** `{username, password}`, both non-empty strings of at most 1024 characters, nothing else; or each broken rule by field. */
export const signInBodyFrom = (body: unknown): SignInBody | readonly FieldIssue[] => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [{ path: '', rule: 'must be a JSON object {"username", "password"}' }];
  const record = body as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const field of ['username', 'password'] as const) {
    const value = record[field];
    if (value === undefined) issues.push({ path: field, rule: 'is required' });
    else if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
      issues.push({ path: field, rule: `must be a string of 1 to ${maxLength} characters` });
    }
  }
  for (const key of Object.keys(record)) if (key !== 'username' && key !== 'password') issues.push({ path: key, rule: 'is not a known field' });
  return issues.length > 0 ? issues : { username: record['username'] as string, password: record['password'] as string };
};
