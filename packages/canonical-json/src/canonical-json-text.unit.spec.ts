import * as fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { isCanonicalJsonText, type TopLevelMemberVisitor } from './canonical-json-text';
import { referenceIsCanonicalJsonText } from './canonical-json-text-reference';

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

/** What a reader answers for a text, with the members it told when it said yes. */
const answerOf = (read: (text: string, visit?: TopLevelMemberVisitor) => boolean, text: string) => {
  const members: number[][] = [];
  const canonical = read(text, (...span) => members.push(span));
  return canonical ? { canonical, members } : { canonical, members: [] };
};

const expectSameAnswer = (text: string): void => {
  expect(answerOf(isCanonicalJsonText, text)).toEqual(answerOf(referenceIsCanonicalJsonText, text));
  expect(isCanonicalJsonText(text)).toBe(referenceIsCanonicalJsonText(text));
};

/** Characters that matter to JSON and to the scanner, and a few that only the reference would notice. */
const jsonishCharacter = fc.constantFrom(...' "\\,:{}[]0123456789-+.eEtrufalsn_/é\u0000\n\u007f\u2028\ud83d\ude00\ud800\udc00');

describe('isCanonicalJsonText against its plain definition (referenceIsCanonicalJsonText)', () => {
  it('answers as the reference does for the canonical JSON of ordinary values, members included', () => {
    fc.assert(
      fc.property(ordinaryJson, (value) => {
        expectSameAnswer(canonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('answers as the reference does for any JSON value, written canonically or by JSON.stringify', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSameAnswer(canonicalJson(value));
        expectSameAnswer(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('answers as the reference does for edited canonical text', () => {
    fc.assert(
      fc.property(
        ordinaryJson,
        fc.array(fc.tuple(fc.nat(), fc.nat(), jsonishCharacter), { minLength: 1, maxLength: 3 }),
        (value, edits) => {
          expectSameAnswer(edits.reduce((current, [at, edit, character]) => edited(current, at, edit, character), canonicalJson(value)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers as the reference does for any string, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: jsonishCharacter, maxLength: 30 }), fc.string({ unit: 'binary' }), fc.string()), (text) => {
        expectSameAnswer(text);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['64 levels of nesting', `${'['.repeat(64)}${']'.repeat(64)}`],
    ['65 levels of nesting', `${'['.repeat(65)}${']'.repeat(65)}`],
    ['objects 64 deep', `${'{"a":'.repeat(63)}{}${'}'.repeat(63)}`],
    ['objects 65 deep', `${'{"a":'.repeat(64)}{}${'}'.repeat(64)}`],
    ['an empty key', '{"":1,"a":2}'],
    ['a digit-first key that is no array index', '{"1a":1}'],
    ['a big integer', '123456789012345678'],
    ['the empty text', ''],
  ])('answers as the reference does for %s', (_label, text) => {
    expectSameAnswer(text);
  });
});

describe('isCanonicalJsonText', () => {
  it('may be called again from inside a visitor (it keeps no state between calls)', () => {
    const outer = '{"a":1,"b":[2],"c":{"d":3}}';
    const inner = '{"x":"y"}';
    const seen: string[] = [];
    const canonical = isCanonicalJsonText(outer, (keyStart, keyEnd, valueStart, valueEnd) => {
      seen.push(`${outer.slice(keyStart, keyEnd)}=${outer.slice(valueStart, valueEnd)}`);
      expect(isCanonicalJsonText(inner, (innerKeyStart, innerKeyEnd) => seen.push(`inner ${inner.slice(innerKeyStart, innerKeyEnd)}`))).toBe(true);
      expect(isCanonicalJsonText('{"b":1,"a":2}')).toBe(false);
    });
    expect(canonical).toBe(true);
    expect(seen).toEqual(['a=1', 'inner x', 'b=[2]', 'inner x', 'c={"d":3}', 'inner x']);
  });

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
