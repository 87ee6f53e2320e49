import * as fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { isCanonicalJsonText } from './canonical-json-text';

/** What the scanner must never get wrong: a yes means the text is the canonical JSON of its own parse. */
const isTrulyCanonical = (text: string): boolean => {
  try {
    return canonicalJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
};

/** Values the scanner promises to recognise: no escapes, no surrogates, no digit-first or `__proto__` keys. */
const ordinaryString = fc.string({ unit: fc.constantFrom(...'abcXYZ_-:./ é€0123456789') });
const ordinaryKey = ordinaryString.filter((key) => !/^\d/.test(key) && key !== '__proto__');
const ordinaryJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    ordinaryString,
    fc.array(tie('value')),
    fc.dictionary(ordinaryKey, tie('value')),
  ),
})).value;

/** Small edits of a text: what a careless or hostile hand would do to a stored row. */
const edited = (text: string, at: number, edit: number, character: string): string => {
  const index = at % (text.length + 1);
  switch (edit % 3) {
    case 0:
      return text.slice(0, index) + character + text.slice(index);
    case 1:
      return text.slice(0, index) + text.slice(index + 1);
    default:
      return text.slice(0, index) + character + text.slice(index + 1);
  }
};

describe('isCanonicalJsonText', () => {
  it('recognises the canonical JSON of ordinary values', () => {
    fc.assert(
      fc.property(ordinaryJson, (value) => {
        expect(isCanonicalJsonText(canonicalJson(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never says yes to text that is not the canonical JSON of its own parse, whatever the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        if (isCanonicalJsonText(text)) expect(isTrulyCanonical(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never says yes to an edited text unless it is still canonical', () => {
    fc.assert(
      fc.property(
        ordinaryJson,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...' "\\,:{}[]0123456789-+.eEaz\u0000\n\u00e9\ud83d\ude00\ud800')), { minLength: 1, maxLength: 3 }),
        (value, edits) => {
          const text = edits.reduce((current, [at, edit, character]) => edited(current, at, edit, character), canonicalJson(value));
          if (isCanonicalJsonText(text)) expect(isTrulyCanonical(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['whitespace', '{"a": 1}'],
    ['keys out of order', '{"b":1,"a":2}'],
    ['a key twice', '{"a":1,"a":2}'],
    ['nested keys out of order', '{"a":{"d":1,"c":2}}'],
    ['a trailing zero', '{"a":1.0}'],
    ['an exponent Number-to-String would not write', '{"a":1E5}'],
    ['a leading zero', '{"a":01}'],
    ['minus zero', '{"a":-0}'],
    ['a big integer written in full', '{"a":1000000000000000000000}'],
    ['a needless escape', '{"a":"\\u0041"}'],
    ['an escaped slash', '{"a":"\\/"}'],
    ['a raw control character', '{"a":"x\ny"}'],
    ['a lone surrogate, escaped', '{"a":"\\ud800"}'],
    ['a lone surrogate, raw', '{"a":"\ud800"}'],
    ['trailing text', '{"a":1}x'],
    ['a trailing comma', '{"a":1,}'],
    ['a missing value', '{"a":}'],
    ['an unterminated string', '{"a":"x}'],
    ['a bare word', '{"a":nul}'],
  ])('declines %s', (_label, text) => {
    expect(isCanonicalJsonText(text)).toBe(false);
  });

  it.each([
    ['escapes', '{"a":"say \\"hi\\""}'],
    ['astral characters', '{"a":"\ud83d\ude00"}'],
    ['digit-first keys', '{"10":1,"9":2}'],
    ['a __proto__ key', '{"__proto__":1}'],
    ['deep nesting', `${'['.repeat(100)}${']'.repeat(100)}`],
  ])('leaves canonical text with %s to the parsed way', (_label, text) => {
    expect(isTrulyCanonical(text)).toBe(true);
    expect(isCanonicalJsonText(text)).toBe(false);
  });

  it('accepts numbers exactly as Number-to-String writes them', () => {
    for (const text of ['0', '-1', '123456789012345', '-12345678901234', '100000000000000000000', '1e+21', '1.5e-7', '0.1', '-2.5']) {
      expect(isTrulyCanonical(text)).toBe(true);
      expect(isCanonicalJsonText(text)).toBe(true);
    }
  });

  it('tells each member of the outermost object, and only those', () => {
    const text = '{"a":{"hash":"x"},"b":[1],"hash":"y"}';
    const seen: string[] = [];
    expect(isCanonicalJsonText(text, (keyStart, keyEnd, valueStart, valueEnd) => seen.push(`${text.slice(keyStart, keyEnd)}=${text.slice(valueStart, valueEnd)}`))).toBe(true);
    expect(seen).toEqual(['a={"hash":"x"}', 'b=[1]', 'hash="y"']);
  });
});
