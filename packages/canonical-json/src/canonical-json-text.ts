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
 *
 * `referenceIsCanonicalJsonText` (canonical-json-text-reference.ts) is the plain definition of all
 * this (parse, encode again, compare); the tests hold this scanner to it for any text. The scanner
 * exists because it decides without parsing, which is the cost verify would otherwise pay per event.
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

const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/**
 * One scan of one text. Its position lives in the instance, not in the module, so a visitor may start
 * another scan (of this text or another) while this one is under way; one small object per call is
 * all it costs.
 */
class Scan {
  private at = 0;
  private depthLeft = MAX_DEPTH;

  constructor(
    private readonly text: string,
    private readonly onTopLevelMember: TopLevelMemberVisitor | undefined,
  ) {}

  /** Whether the whole text is one value, written as the scanner accepts it (strings checked apart, see below). */
  wellFormed(): boolean {
    return this.scanValue(true) && this.at === this.text.length;
  }

  private scanValue(topLevel: boolean): boolean {
    switch (this.text.charCodeAt(this.at)) {
      case QUOTE:
        return this.scanString();
      case OPEN_BRACE:
        return this.scanObject(topLevel);
      case OPEN_BRACKET:
        return this.scanArray();
      case 0x74:
        return this.scanLiteral('true');
      case 0x66:
        return this.scanLiteral('false');
      case 0x6e:
        return this.scanLiteral('null');
      default:
        return this.scanNumber();
    }
  }

  /** Past a string token (`at` on its opening quote). With no backslash in the text (checked at the end), the next quote closes it. */
  private scanString(): boolean {
    const close = this.text.indexOf('"', this.at + 1);
    if (close < 0) return false;
    this.at = close + 1;
    return true;
  }

  private skipDigits(): void {
    while (isDigit(this.text.charCodeAt(this.at))) this.at += 1;
  }

  /** Past a number token, if JSON.stringify would write its value the same way. */
  private scanNumber(): boolean {
    const text = this.text;
    const start = this.at;
    if (text.charCodeAt(this.at) === MINUS) this.at += 1;
    const first = text.charCodeAt(this.at);
    if (first === DIGIT_0) this.at += 1;
    else if (first >= DIGIT_1 && first <= DIGIT_9) this.skipDigits();
    else return false;
    // `-0` is written `0`: only the check at the end settles it.
    let integer = !(first === DIGIT_0 && this.at - start === 2);
    if (text.charCodeAt(this.at) === DOT) {
      integer = false;
      this.at += 1;
      if (!isDigit(text.charCodeAt(this.at))) return false;
      this.skipDigits();
    }
    const exponent = text.charCodeAt(this.at);
    if (exponent === 0x65 || exponent === 0x45) {
      integer = false;
      this.at += 1;
      const sign = text.charCodeAt(this.at);
      if (sign === PLUS || sign === MINUS) this.at += 1;
      if (!isDigit(text.charCodeAt(this.at))) return false;
      this.skipDigits();
    }
    if (integer && this.at - start <= SAFE_INTEGER_CHARACTERS) return true;
    const token = text.slice(start, this.at);
    return String(Number(token)) === token;
  }

  private scanLiteral(literal: string): boolean {
    if (!this.text.startsWith(literal, this.at)) return false;
    this.at += literal.length;
    return true;
  }

  /** Whether key A sorts strictly before key B (spans of the text), by UTF-16 code units. */
  private keyBefore(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
    const aLength = aEnd - aStart;
    const bLength = bEnd - bStart;
    const common = aLength < bLength ? aLength : bLength;
    for (let offset = 0; offset < common; offset += 1) {
      const a = this.text.charCodeAt(aStart + offset);
      const b = this.text.charCodeAt(bStart + offset);
      if (a !== b) return a < b;
    }
    return aLength < bLength;
  }

  /** Keys the encoder treats by a special case are left to it: digit-first (array-index) keys and `__proto__`. */
  private isOrdinaryKey(start: number, end: number): boolean {
    return !isDigit(this.text.charCodeAt(start)) && !(end - start === 9 && this.text.startsWith('__proto__', start));
  }

  private scanObject(topLevel: boolean): boolean {
    const text = this.text;
    if (--this.depthLeft < 0) return false;
    this.at += 1;
    if (text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at += 1;
      this.depthLeft += 1;
      return true;
    }
    const visit = topLevel ? this.onTopLevelMember : undefined;
    let previousKeyStart = -1;
    let previousKeyEnd = -1;
    for (;;) {
      if (text.charCodeAt(this.at) !== QUOTE) return false;
      const keyStart = this.at + 1;
      if (!this.scanString()) return false;
      const keyEnd = this.at - 1;
      if (!this.isOrdinaryKey(keyStart, keyEnd)) return false;
      if (previousKeyStart >= 0 && !this.keyBefore(previousKeyStart, previousKeyEnd, keyStart, keyEnd)) return false;
      if (text.charCodeAt(this.at) !== COLON) return false;
      this.at += 1;
      const valueStart = this.at;
      if (!this.scanValue(false)) return false;
      if (visit !== undefined) visit(keyStart, keyEnd, valueStart, this.at);
      previousKeyStart = keyStart;
      previousKeyEnd = keyEnd;
      const next = text.charCodeAt(this.at);
      this.at += 1;
      if (next === CLOSE_BRACE) {
        this.depthLeft += 1;
        return true;
      }
      if (next !== COMMA) return false;
    }
  }

  private scanArray(): boolean {
    if (--this.depthLeft < 0) return false;
    this.at += 1;
    if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at += 1;
      this.depthLeft += 1;
      return true;
    }
    for (;;) {
      if (!this.scanValue(false)) return false;
      const next = this.text.charCodeAt(this.at);
      this.at += 1;
      if (next === CLOSE_BRACKET) {
        this.depthLeft += 1;
        return true;
      }
      if (next !== COMMA) return false;
    }
  }
}

/**
 * Whether `value` is the canonical JSON of what it denotes (see above; "no" when unsure). When it is
 * an object, `visitTopLevelMember` sees each of its members, in order, as the scan passes them; what
 * it saw counts only if the whole text turns out canonical. Strings hold no escapes, so the text of
 * a string is its value.
 */
export const isCanonicalJsonText = (value: string, visitTopLevelMember?: TopLevelMemberVisitor): boolean =>
  // Characters are checked last, so that text out of key order (as stores wrote it before) is turned
  // away at its second key; until then a backslash may have misled the scan, which is why nothing counts before.
  new Scan(value, visitTopLevelMember).wellFormed() && !UNUSUAL_CHARACTER.test(value);
