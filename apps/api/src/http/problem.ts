/** One broken rule at one field of the request, e.g. `{ path: 'personalData.nik', rule: 'must be 16 digits, got 15 digits' }`. */
export interface FieldIssue {
  readonly path: string;
  readonly rule: string;
}

/**
 * An RFC 9457 problem detail. `code` is stable, for clients that translate; `detail` is English text.
 * Neither ever repeats a submitted value, because values may be personal data.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly FieldIssue[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const titles: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problemTypeFor = (code: string): string => `urn:binaan:problem:${code}`;

export const problem = (
  status: number,
  code: string,
  detail: string,
  extensions: Readonly<Record<string, unknown>> = {},
): Problem => ({
  type: problemTypeFor(code),
  title: titles[status] ?? 'Error',
  status,
  code,
  detail,
  ...extensions,
});
