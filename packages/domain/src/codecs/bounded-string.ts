import * as t from 'io-ts';
import { refinedString } from './refined-string';
import { textProblem } from './text-problem';

/**
 * Plain text with a length limit: well-formed, without control characters or direction overrides,
 * and not blank (invisible characters alone count as blank). Notes may span lines.
 */
export const boundedString = (name: string, min: number, max: number, options: { readonly multiline?: boolean } = {}): t.Type<string, string, unknown> =>
  refinedString<string>(name, (s) => {
    const problem = min > 0 ? textProblem(s, { multiline: options.multiline === true }) : undefined;
    if (problem !== undefined) return problem;
    return s.length < min || s.length > max ? `must be ${min} to ${max} characters, got ${s.length}` : undefined;
  });
