import type { FieldIssue } from './problem';
import { ProblemException } from './problem.exception';
import { problems } from './problems';

/** Checks one query parameter's text; returns the broken rule, or undefined when it is fine. */
export type ParamRule = (value: string) => string | undefined;

export type QuerySpec = Readonly<Record<string, ParamRule>>;

export const slugRule: ParamRule = (value) =>
  /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 100 ? undefined : 'must be a slug such as sulam-malang-2019';

export const monthRule: ParamRule = (value) =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? undefined : 'must be a month YYYY-MM';

export const dateRule: ParamRule = (value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return 'must be a date YYYY-MM-DD';
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? undefined : 'must be a real calendar date';
};

export const monthOrDateRule: ParamRule = (value) =>
  monthRule(value) === undefined || dateRule(value) === undefined ? undefined : 'must be a month YYYY-MM or a date YYYY-MM-DD';

export const dateOrInstantRule: ParamRule = (value) =>
  dateRule(value) === undefined || (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)))
    ? undefined
    : 'must be a date YYYY-MM-DD or an ISO-8601 instant such as 2024-05-01T08:00:00Z';

export const uuidRule: ParamRule = (value) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value) ? undefined : 'must be a lower-case UUID';

export const textRule =
  (maxLength: number): ParamRule =>
  (value) =>
    value.length >= 1 && value.length <= maxLength ? undefined : `must be 1 to ${maxLength} characters`;

export const oneOfRule =
  (allowed: readonly string[]): ParamRule =>
  (value) =>
    allowed.includes(value) ? undefined : `must be one of ${allowed.join(', ')}`;

export const integerRule =
  (min: number, max: number): ParamRule =>
  (value) =>
    /^\d{1,19}$/.test(value) && Number(value) >= min && Number(value) <= max ? undefined : `must be a whole number from ${min} to ${max}`;

export const positionRule: ParamRule = (value) => (/^\d{1,20}$/.test(value) ? undefined : 'must be a global position (a whole number)');

/** Validates a route's query against its spec: unknown, repeated or broken parameters are a 400 naming each. */
export const parseQuery = (query: Readonly<Record<string, unknown>>, spec: QuerySpec): Readonly<Record<string, string>> => {
  const issues: FieldIssue[] = [];
  const parsed: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const rule = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (rule === undefined) {
      issues.push({ path: `query.${name}`, rule: `is not a known parameter; use ${Object.keys(spec).join(', ') || 'none'}` });
    } else if (typeof value !== 'string') {
      issues.push({ path: `query.${name}`, rule: 'must be given once, as text' });
    } else {
      const broken = rule(value);
      if (broken === undefined) parsed[name] = value;
      else issues.push({ path: `query.${name}`, rule: broken });
    }
  }
  if (issues.length > 0) throw new ProblemException(problems.invalidQuery(issues));
  return parsed;
};
