/**
 * Decides, without parsing, whether a stored JSON text is exactly the canonical encoding (README of
 * @binaan/event-store, "Canonical JSON") of the value it denotes: `text === canonicalJson(JSON.parse(text))`.
 * When it is, verify may hash the stored text itself instead of re-encoding a parsed copy.
 *
 * It only ever errs towards "no": text it does not vouch for goes the parsed way, which decides
 * exactly. What it accepts:
 * - no whitespace anywhere, and nothing after the value;
 * - objects with keys strictly increasing by UTF-16 code units (so no key twice: JSON.parse would
 *   keep only the last one);
 * - strings of characters JSON.stringify writes as they are: the text holds no backslash (so no
 *   escape at all), no control character (JSON.stringify would have escaped it; JSON.parse refuses
 *   it raw) and no surrogate (a lone one is refused by the canonical encoder, so the exact verifier
 *   calls the event modified);
 * - numbers as Number-to-String writes them (`-0`, `1.0`, `1E5`, `01` are declined);
 * - `true`, `false`, `null`.
 * Canonical text it declines all the same: strings with escapes or astral characters (emoji), keys
 * that start with a digit (V8 orders array-index keys first; the encoder takes a special path for
 * them), a `__proto__` key (a special case of object construction), nesting deeper than MAX_DEPTH.
 * Those are rare in Binaan's events; declining them keeps what this file must prove small.
 */

/** Deeper text goes the parsed way (and no recursion here can overflow the stack). */
const MAX_DEPTH = 64;

/** Any of these anywhere in the text sends it the parsed way (see above). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const UNUSUAL_CHARACTER = /[\\\u0000-\u001f\ud800-\udfff]/;

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_1 = 0x31;
const DIGIT_9 = 0x39;

/** Integers of up to this many characters are below 2^53, so Number-to-String gives them back as written. */
const SAFE_INTEGER_CHARACTERS = 15;

/** A member of the outermost object: key and value as spans of the text (ends exclusive, keys without quotes). */
export type TopLevelMemberVisitor = (keyStart: number, keyEnd: number, valueStart: number, valueEnd: number) => void;

// The scanner's state: one scan at a time (it is synchronous), kept here to spare closures per call.
let text = '';
let at = 0;
let depthLeft = 0;
let onTopLevelMember: TopLevelMemberVisitor | undefined;

const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/** Past a string token (`at` on its opening quote). With no backslash in the text (checked at the end), the next quote closes it. */
const scanString = (): boolean => {
  const close = text.indexOf('"', at + 1);
  if (close < 0) return false;
  at = close + 1;
  return true;
};

const skipDigits = (): void => {
  while (isDigit(text.charCodeAt(at))) at += 1;
};

/** Past a number token, if JSON.stringify would write its value the same way. */
const scanNumber = (): boolean => {
  const start = at;
  if (text.charCodeAt(at) === MINUS) at += 1;
  const first = text.charCodeAt(at);
  if (first === DIGIT_0) at += 1;
  else if (first >= DIGIT_1 && first <= DIGIT_9) skipDigits();
  else return false;
  // `-0` is written `0`: only the check at the end settles it.
  let integer = !(first === DIGIT_0 && at - start === 2);
  if (text.charCodeAt(at) === DOT) {
    integer = false;
    at += 1;
    if (!isDigit(text.charCodeAt(at))) return false;
    skipDigits();
  }
  const exponent = text.charCodeAt(at);
  if (exponent === 0x65 || exponent === 0x45) {
    integer = false;
    at += 1;
    const sign = text.charCodeAt(at);
    if (sign === PLUS || sign === MINUS) at += 1;
    if (!isDigit(text.charCodeAt(at))) return false;
    skipDigits();
  }
  if (integer && at - start <= SAFE_INTEGER_CHARACTERS) return true;
  const token = text.slice(start, at);
  return String(Number(token)) === token;
};

const scanLiteral = (literal: string): boolean => {
  if (!text.startsWith(literal, at)) return false;
  at += literal.length;
  return true;
};

/** Whether key A sorts strictly before key B (spans of the text), by UTF-16 code units. */
const keyBefore = (aStart: number, aEnd: number, bStart: number, bEnd: number): boolean => {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const common = aLength < bLength ? aLength : bLength;
  for (let offset = 0; offset < common; offset += 1) {
    const a = text.charCodeAt(aStart + offset);
    const b = text.charCodeAt(bStart + offset);
    if (a !== b) return a < b;
  }
  return aLength < bLength;
};

/** Keys the encoder treats by a special case are left to it: digit-first (array-index) keys and `__proto__`. */
const isOrdinaryKey = (start: number, end: number): boolean =>
  !isDigit(text.charCodeAt(start)) && !(end - start === 9 && text.startsWith('__proto__', start));

const scanObject = (topLevel: boolean): boolean => {
  if (--depthLeft < 0) return false;
  at += 1;
  if (text.charCodeAt(at) === CLOSE_BRACE) {
    at += 1;
    depthLeft += 1;
    return true;
  }
  let previousKeyStart = -1;
  let previousKeyEnd = -1;
  for (;;) {
    if (text.charCodeAt(at) !== QUOTE) return false;
    const keyStart = at + 1;
    if (!scanString()) return false;
    const keyEnd = at - 1;
    if (!isOrdinaryKey(keyStart, keyEnd)) return false;
    if (previousKeyStart >= 0 && !keyBefore(previousKeyStart, previousKeyEnd, keyStart, keyEnd)) return false;
    if (text.charCodeAt(at) !== COLON) return false;
    at += 1;
    const valueStart = at;
    if (!scanValue(false)) return false;
    if (topLevel && onTopLevelMember !== undefined) onTopLevelMember(keyStart, keyEnd, valueStart, at);
    previousKeyStart = keyStart;
    previousKeyEnd = keyEnd;
    const next = text.charCodeAt(at);
    at += 1;
    if (next === CLOSE_BRACE) {
      depthLeft += 1;
      return true;
    }
    if (next !== COMMA) return false;
  }
};

const scanArray = (): boolean => {
  if (--depthLeft < 0) return false;
  at += 1;
  if (text.charCodeAt(at) === CLOSE_BRACKET) {
    at += 1;
    depthLeft += 1;
    return true;
  }
  for (;;) {
    if (!scanValue(false)) return false;
    const next = text.charCodeAt(at);
    at += 1;
    if (next === CLOSE_BRACKET) {
      depthLeft += 1;
      return true;
    }
    if (next !== COMMA) return false;
  }
};

function scanValue(topLevel: boolean): boolean {
  switch (text.charCodeAt(at)) {
    case QUOTE:
      return scanString();
    case OPEN_BRACE:
      return scanObject(topLevel);
    case OPEN_BRACKET:
      return scanArray();
    case 0x74:
      return scanLiteral('true');
    case 0x66:
      return scanLiteral('false');
    case 0x6e:
      return scanLiteral('null');
    default:
      return scanNumber();
  }
}

/**
 * Whether `value` is the canonical JSON of what it denotes (see above; "no" when unsure). When it is
 * an object, `visitTopLevelMember` sees each of its members, in order, as the scan passes them; what
 * it saw counts only if the whole text turns out canonical. Strings hold no escapes, so the text of
 * a string is its value.
 */
export const isCanonicalJsonText = (value: string, visitTopLevelMember?: TopLevelMemberVisitor): boolean => {
  text = value;
  at = 0;
  depthLeft = MAX_DEPTH;
  onTopLevelMember = visitTopLevelMember;
  const wellFormed = scanValue(true) && at === value.length;
  text = '';
  onTopLevelMember = undefined;
  // Checked last, so that text out of key order (as stores wrote it before) is turned away at its
  // second key; until then a backslash may have misled the scan, which is why nothing counts before.
  return wellFormed && !UNUSUAL_CHARACTER.test(value);
};
