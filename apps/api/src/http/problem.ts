import {
  otherStatusTitle,
  problemDetails,
  renderMessage,
  statusTitles,
  type Language,
  type Message,
  type MessageParams,
  type ProblemDetailKey,
} from '@binaan/messages';

/** One broken rule at one field of the request, e.g. `{ path: 'personalData.nik', rule: 'must be 16 digits, got 15 digits' }`. */
export interface FieldIssue {
  readonly path: string;
  readonly rule: string;
}

/**
 * An RFC 9457 problem detail. `code`, `type` and the field paths are stable, for scripts; `title`, `detail`
 * and the field rules are English here and put into the caller's language as the problem leaves (see
 * `localizeProblem`). None ever repeats a submitted value, because values may be personal data.
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

/** Which catalogue message a problem's detail is, and its values: how the detail is said again in another language. */
export const PROBLEM_MESSAGE = Symbol('problem message');

export interface ProblemMessage {
  readonly key: ProblemDetailKey;
  readonly params: MessageParams;
}

/** The title of a status in a language: the catalogue's, or a generic one for a status it does not name. */
export const statusTitle = (status: number, language: Language): string => {
  const title: Message = (statusTitles as Readonly<Record<number, Message>>)[status] ?? otherStatusTitle;
  return title[language];
};

export const problemTypeFor = (code: string): string => `urn:binaan:problem:${code}`;

export const problem = (
  status: number,
  code: string,
  detail: string,
  extensions: Readonly<Record<string, unknown>> = {},
): Problem => ({
  type: problemTypeFor(code),
  title: statusTitle(status, 'en'),
  status,
  code,
  detail,
  ...extensions,
});

/**
 * A problem whose detail is a message of the catalogue: written in English, and carrying (under a symbol,
 * which JSON leaves out) the key and values to say it in the caller's language.
 */
export const cataloguedProblem = (
  status: number,
  code: string,
  key: ProblemDetailKey,
  params: MessageParams = {},
  extensions: Readonly<Record<string, unknown>> = {},
): Problem => ({
  ...problem(status, code, renderMessage(problemDetails[key], 'en', params), extensions),
  [PROBLEM_MESSAGE]: { key, params } satisfies ProblemMessage,
});
