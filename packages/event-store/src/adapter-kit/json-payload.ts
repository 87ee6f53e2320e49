import { InvalidAppendError } from '../port/errors';
import { MAX_JSON_DEPTH } from '../port/limits';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Where a payload breaks a rule: keys from the payload's root down, built only on failure. */
interface Problem {
  readonly keys: (string | number)[];
  readonly rule: string;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const problem = (rule: string): Problem => ({ keys: [], rule });

const within = (key: string | number, found: Problem | undefined): Problem | undefined => {
  found?.keys.unshift(key);
  return found;
};

const checkArray = (value: readonly unknown[], ancestors: object[]): Problem | undefined => {
  if (Object.getPrototypeOf(value) !== Array.prototype) return problem('must be a plain array');
  for (let index = 0; index < value.length; index += 1) {
    if (!(index in value)) return within(index, problem('must not be an array hole'));
    const found = checkValue(value[index], ancestors);
    if (found !== undefined) return within(index, found);
  }
  return undefined;
};

const checkObject = (value: Record<string, unknown>, ancestors: object[]): Problem | undefined => {
  if (Object.getOwnPropertySymbols(value).length > 0) return problem('must not have symbol keys');
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const found = checkValue(value[key], ancestors);
    if (found !== undefined) return within(key, found);
  }
  return undefined;
};

const checkContainer = (value: object, ancestors: object[]): Problem | undefined => {
  if (ancestors.length >= MAX_JSON_DEPTH) return problem(`must not nest deeper than ${MAX_JSON_DEPTH} levels`);
  if (ancestors.includes(value)) return problem('must not refer to itself (circular structure)');
  ancestors.push(value);
  const found = Array.isArray(value)
    ? checkArray(value, ancestors)
    : isPlainObject(value)
      ? checkObject(value, ancestors)
      : problem('must be a plain object, an array or a JSON primitive');
  ancestors.pop();
  return found;
};

const checkValue = (value: unknown, ancestors: object[]): Problem | undefined => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : problem('must be a finite number');
    case 'object':
      return value === null ? undefined : checkContainer(value, ancestors);
    default:
      return problem(`must be JSON, not ${typeof value}`);
  }
};

const pathOf = (root: string, keys: readonly (string | number)[]): string =>
  keys.reduce<string>(
    (path, key) =>
      typeof key === 'number' ? `${path}[${key}]` : IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`,
    root,
  );

/**
 * Refuses anything JSON.stringify would silently drop or change (undefined, functions, symbols, holes,
 * non-finite numbers, Dates, Maps, class instances), so what is stored is exactly what was given.
 */
export const checkJsonObject = (value: unknown, path: string): void => {
  if (!isPlainObject(value)) throw new InvalidAppendError(path, 'must be a plain JSON object');
  const found = checkValue(value, []);
  if (found !== undefined) throw new InvalidAppendError(pathOf(path, found.keys), found.rule);
};
