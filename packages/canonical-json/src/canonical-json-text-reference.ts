import { canonicalJson } from './canonical-json';
import type { TopLevelMemberVisitor } from './canonical-json-text';

/**
 * The plain definition of what `isCanonicalJsonText` accepts, written the obvious way: parse the text,
 * encode the value again, compare, and keep to the subset the fast scanner promises to recognise.
 * The tests hold the scanner to this for any text, so the scanner is free to be as quick as it likes.
 * Nothing in production calls it: it parses, which is the very work the scanner exists to avoid.
 */

/** The same limit as the scanner's: containers nested deeper than this are declined. */
const MAX_DEPTH = 64;

/** Backslashes (escapes), control characters and surrogates (astral characters, lone halves). */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const UNUSUAL_CHARACTER = /[\\\u0000-\u001f\ud800-\udfff]/;

/** Keys the encoder orders or builds by a special case: digit-first keys and `__proto__`. */
const isOrdinaryKey = (key: string): boolean => !/^[0-9]/.test(key) && key !== '__proto__';

/** Whether every container is at most `depthLeft` deep and every object key is ordinary. */
const withinSubset = (value: unknown, depthLeft: number): boolean => {
  if (value === null || typeof value !== 'object') return true;
  if (depthLeft === 0) return false;
  if (Array.isArray(value)) return value.every((item) => withinSubset(item, depthLeft - 1));
  return Object.entries(value).every(([key, member]) => isOrdinaryKey(key) && withinSubset(member, depthLeft - 1));
};

const parsed = (text: string): { readonly value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
};

/** The canonical text of a parsed value; undefined when the encoder refuses it (`1e999` parses to Infinity). */
const encoded = (value: unknown): string | undefined => {
  try {
    return canonicalJson(value);
  } catch {
    return undefined;
  }
};

/** Tells the visitor each member of the outermost object, with the spans it has in the canonical text. */
const visitMembers = (value: unknown, visit: TopLevelMemberVisitor): void => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  // After the opening brace; keys hold no escapes, so each key's text is the key itself.
  let at = 1;
  for (const [key, member] of Object.entries(value)) {
    const keyStart = at + 1;
    const keyEnd = keyStart + key.length;
    const valueStart = keyEnd + 2;
    const valueEnd = valueStart + canonicalJson(member).length;
    visit(keyStart, keyEnd, valueStart, valueEnd);
    at = valueEnd + 1;
  }
};

/** `isCanonicalJsonText` by definition: same answer for every text, and the same members told when the answer is yes. */
export const referenceIsCanonicalJsonText = (text: string, visitTopLevelMember?: TopLevelMemberVisitor): boolean => {
  if (UNUSUAL_CHARACTER.test(text)) return false;
  const result = parsed(text);
  if (result === undefined || !withinSubset(result.value, MAX_DEPTH)) return false;
  if (encoded(result.value) !== text) return false;
  if (visitTopLevelMember !== undefined) visitMembers(result.value, visitTopLevelMember);
  return true;
};
