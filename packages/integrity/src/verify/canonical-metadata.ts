import { isCanonicalJsonText } from '@binaan/canonical-json';

/** What verification needs of a stored metadata text that is canonical JSON, read without parsing it. */
export interface CanonicalMetadata {
  /** The top-level `hash` member's value. */
  readonly hash: string;
  /** The top-level `prevHash` member's value; undefined when absent or not a string. */
  readonly prevHash: string | undefined;
  /** The text without the top-level `hash` member: the canonical JSON of the metadata as hashed. */
  readonly unhashed: string;
}

const QUOTE = 0x22;
const COMMA = 0x2c;

const isKey = (text: string, start: number, end: number, key: string): boolean => end - start === key.length && text.startsWith(key, start);

/** A string member's value (the scanner vouches that it holds no escape, so its text is its value); undefined for any other kind. */
const stringAt = (text: string, start: number, end: number): string | undefined =>
  text.charCodeAt(start) === QUOTE ? text.slice(start + 1, end - 1) : undefined;

/**
 * Reads `hash` and `prevHash` off a metadata text, and the text as hashed, when the text is canonical
 * JSON (as canonical-json-text.ts vouches for it) of an object whose top-level `hash` is a string;
 * undefined otherwise, and the metadata must be parsed. Only members of the outermost object count:
 * a `hash` key nested anywhere inside is content like any other.
 */
export const readCanonicalMetadata = (text: string): CanonicalMetadata | undefined => {
  if (text.charCodeAt(0) !== 0x7b) return undefined;
  let hashMemberStart = -1;
  let hashMemberEnd = -1;
  let hash: string | undefined;
  let prevHash: string | undefined;
  const canonical = isCanonicalJsonText(text, (keyStart, keyEnd, valueStart, valueEnd) => {
    if (isKey(text, keyStart, keyEnd, 'hash')) {
      hashMemberStart = keyStart - 1;
      hashMemberEnd = valueEnd;
      hash = stringAt(text, valueStart, valueEnd);
    } else if (isKey(text, keyStart, keyEnd, 'prevHash')) {
      prevHash = stringAt(text, valueStart, valueEnd);
    }
  });
  if (!canonical || hash === undefined) return undefined;
  // Cut the member with one of the commas beside it: the one before, unless it is the first member.
  const unhashed =
    text.charCodeAt(hashMemberStart - 1) === COMMA
      ? text.slice(0, hashMemberStart - 1) + text.slice(hashMemberEnd)
      : text.charCodeAt(hashMemberEnd) === COMMA
        ? text.slice(0, hashMemberStart) + text.slice(hashMemberEnd + 1)
        : '{}';
  return { hash, prevHash, unhashed };
};
