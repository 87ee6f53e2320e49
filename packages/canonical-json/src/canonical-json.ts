/**
 * The canonical JSON encoding the hash chain is computed over. Rules (README "Integrity: the hash chain"):
 * - `null`, `true`, `false` as in JSON; strings exactly as `JSON.stringify` writes them;
 * - numbers must be finite and are written as `JSON.stringify` writes them (ECMAScript Number::toString);
 * - arrays keep their order; objects are written with their keys sorted by UTF-16 code units
 *   (JavaScript's default string order), recursively;
 * - an object property whose value is `undefined` is left out, as `JSON.stringify` does;
 * - no whitespace anywhere;
 * - anything else (bigint, undefined inside an array, functions, symbols, Dates and other class
 *   instances, strings with unpaired surrogates) is refused, so the hash is only ever taken over
 *   values that survive a JSON round trip unchanged.
 * For the values it accepts this coincides with RFC 8785 (JSON Canonicalization Scheme).
 */
export class CanonicalJsonError extends Error {
  constructor(
    readonly path: string,
    readonly rule: string,
  ) {
    super(`${path}: ${rule}`);
  }
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** Where the encoder is, as `$.data.items[2]`; built only when an error needs it (hashing is a hot path). */
type Path = readonly (string | number)[];

const pathText = (path: Path): string =>
  path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`), '$');

const fail = (path: Path, rule: string): never => {
  throw new CanonicalJsonError(pathText(path), rule);
};

const encodeString = (value: string, path: Path): string => {
  const encoded = JSON.stringify(value);
  // Well-formed JSON.stringify escapes a lone surrogate as \udXXX; only then is the exact check needed.
  if (encoded.includes('\\ud') && UNPAIRED_SURROGATE.test(value)) {
    fail(path, 'strings must be well-formed UTF-16 (no unpaired surrogates)');
  }
  return encoded;
};

/** The reference encoder: builds the text piece by piece; used when the fast path cannot be. */
const encode = (value: unknown, path: (string | number)[]): string => {
  switch (typeof value) {
    case 'string':
      return encodeString(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : fail(path, 'numbers must be finite');
    case 'bigint':
      return fail(path, 'bigint is not allowed; write it as a decimal string');
    case 'object':
      if (value === null) {
        return 'null';
      }
      if (Array.isArray(value)) {
        return encodeArray(value, path);
      }
      if (!isPlainObject(value)) {
        return fail(path, 'only plain objects are allowed');
      }
      return encodeObject(value as Readonly<Record<string, unknown>>, path);
    default:
      return fail(path, `${typeof value} is not a JSON value`);
  }
};

const encodeArray = (items: readonly unknown[], path: (string | number)[]): string => {
  let text = '[';
  for (let index = 0; index < items.length; index += 1) {
    path.push(index);
    const item = items[index];
    if (item === undefined) fail(path, 'undefined is not allowed inside an array');
    text += (index === 0 ? '' : ',') + encode(item, path);
    path.pop();
  }
  return `${text}]`;
};

const encodeObject = (value: Readonly<Record<string, unknown>>, path: (string | number)[]): string => {
  const keys = Object.keys(value).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const member = value[key];
    if (member === undefined) continue;
    path.push(key);
    text += `${first ? '' : ','}${encodeString(key, path)}:${encode(member, path)}`;
    path.pop();
    first = false;
  }
  return `${text}}`;
};

/**
 * Thrown inside the fast path, which keeps no path: when an object has array-index keys (which no
 * object keeps in sorted order), or when the value breaks a rule. The reference encoder then redoes
 * the work, writing the text or throwing the CanonicalJsonError that names the path.
 */
const INDEX_KEYS = Symbol('index keys');
const NOT_CANONICAL = Symbol('not canonical');
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** Sets an own property; plain assignment of `__proto__` would set the prototype instead. */
export const putMember = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
};

const startsWithDigit = (key: string): boolean => {
  const code = key.charCodeAt(0);
  return code >= 48 && code <= 57;
};

const keysInOrder = (keys: readonly string[]): boolean => {
  for (let index = 1; index < keys.length; index += 1) if ((keys[index - 1] as string) >= (keys[index] as string)) return false;
  return true;
};

/**
 * Checks the value and gives it back with every object's keys in sorted order: the value itself when
 * they already are (no copy, and nothing allocated but each object's key list), otherwise a sorted
 * copy. `JSON.stringify` of the result is then the canonical text, written natively rather than
 * piece by piece. Strings are checked afterwards.
 */
const sortedValue = (value: unknown): unknown => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      throw NOT_CANONICAL;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) return sortedArray(value);
      if (!isPlainObject(value)) throw NOT_CANONICAL;
      return sortedObject(value as Readonly<Record<string, unknown>>);
    default:
      throw NOT_CANONICAL;
  }
};

const sortedArray = (items: readonly unknown[]): readonly unknown[] => {
  let copy: unknown[] | undefined;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) throw NOT_CANONICAL;
    const sorted = sortedValue(item);
    if (sorted !== item && copy === undefined) copy = items.slice(0, index);
    copy?.push(sorted);
  }
  return copy ?? items;
};

const sortedObject = (value: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => {
  const keys = Object.keys(value);
  const inOrder = keysInOrder(keys);
  if (!inOrder) keys.sort();
  // Members are copied only once one differs (or the keys were out of order).
  let members: unknown[] | undefined = inOrder ? undefined : [];
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    if (startsWithDigit(key) && ARRAY_INDEX.test(key)) throw INDEX_KEYS;
    const member = value[key];
    const sorted = member === undefined ? undefined : sortedValue(member);
    if (sorted !== member && members === undefined) members = keys.slice(0, index).map((earlier) => value[earlier]);
    members?.push(sorted);
  }
  if (members === undefined) return value;
  const copy: Record<string, unknown> = {};
  for (let index = 0; index < keys.length; index += 1) putMember(copy, keys[index] as string, members[index]);
  return copy;
};

/**
 * The value with every object's keys in canonical order (the value itself when they already are).
 * Objects built once and hashed or stored several times are worth ordering first: each later
 * canonicalJson then writes them without copying. Throws CanonicalJsonError as canonicalJson does.
 */
export const inCanonicalOrder = <T>(value: T): T => {
  try {
    return sortedValue(value) as T;
  } catch (error) {
    if (error === INDEX_KEYS) return value;
    if (error === NOT_CANONICAL) encode(value, []);
    throw error;
  }
};

/** The reference encoder on its own, for tests that hold the fast path to it. */
export const referenceCanonicalJson = (value: unknown): string => encode(value, []);

/** Throws CanonicalJsonError (naming the path, from `$`) for a value outside the JSON data model. */
export const canonicalJson = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(sortedValue(value));
  } catch (error) {
    if (error === INDEX_KEYS || error === NOT_CANONICAL) return encode(value, []);
    throw error;
  }
  // JSON.stringify escapes a lone surrogate as \udXXX; only then are the strings checked one by one.
  return text.includes('\\ud') ? encode(value, []) : text;
};
