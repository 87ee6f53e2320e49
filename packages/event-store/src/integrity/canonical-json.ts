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

const encodeString = (value: string, path: string): string => {
  if (UNPAIRED_SURROGATE.test(value)) {
    throw new CanonicalJsonError(path, 'strings must be well-formed UTF-16 (no unpaired surrogates)');
  }
  return JSON.stringify(value);
};

const encode = (value: unknown, path: string): string => {
  switch (typeof value) {
    case 'string':
      return encodeString(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalJsonError(path, 'numbers must be finite');
      }
      return JSON.stringify(value);
    case 'bigint':
      throw new CanonicalJsonError(path, 'bigint is not allowed; write it as a decimal string');
    case 'object':
      if (value === null) {
        return 'null';
      }
      if (Array.isArray(value)) {
        return `[${value.map((item, index) => encodeArrayItem(item, `${path}[${index}]`)).join(',')}]`;
      }
      if (!isPlainObject(value)) {
        throw new CanonicalJsonError(path, 'only plain objects are allowed');
      }
      return encodeObject(value as Readonly<Record<string, unknown>>, path);
    default:
      throw new CanonicalJsonError(path, `${typeof value} is not a JSON value`);
  }
};

const encodeArrayItem = (item: unknown, path: string): string => {
  if (item === undefined) {
    throw new CanonicalJsonError(path, 'undefined is not allowed inside an array');
  }
  return encode(item, path);
};

const encodeObject = (value: Readonly<Record<string, unknown>>, path: string): string => {
  const members = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort()
    .map((key) => `${encodeString(key, `${path}.${key}`)}:${encode(value[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
};

/** Throws CanonicalJsonError (naming the path, from `$`) for a value outside the JSON data model. */
export const canonicalJson = (value: unknown): string => encode(value, '$');
