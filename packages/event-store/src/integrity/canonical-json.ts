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

/** Throws CanonicalJsonError (naming the path, from `$`) for a value outside the JSON data model. */
export const canonicalJson = (value: unknown): string => encode(value, []);
