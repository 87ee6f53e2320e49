import * as fc from 'fast-check';
import { canonicalJson, CanonicalJsonError, inCanonicalOrder, referenceCanonicalJson } from './canonical-json';

const errorOf = (value: unknown): CanonicalJsonError => {
  try {
    canonicalJson(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a CanonicalJsonError');
};

describe('canonicalJson', () => {
  it('sorts keys recursively and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":true,"z":null}]},"b":1}',
    );
  });

  it('orders keys by UTF-16 code units, so upper case comes before lower case', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, é: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"B":2,"a":3,"b":1,"é":4}');
  });

  it('writes strings and numbers as JSON.stringify does', () => {
    expect(canonicalJson(['Siti "Aminah"\n', 1e21, 0.1, -0, 5])).toBe('["Siti \\"Aminah\\"\\n",1e+21,0.1,0,5]');
  });

  it('leaves out object properties whose value is undefined', () => {
    expect(canonicalJson({ kept: 1, dropped: undefined })).toBe('{"kept":1}');
  });

  it.each([
    ['a bigint', { revision: 1n }, '$.revision', 'bigint is not allowed; write it as a decimal string'],
    ['NaN', { n: [NaN] }, '$.n[0]', 'numbers must be finite'],
    ['Infinity', { n: Infinity }, '$.n', 'numbers must be finite'],
    ['a Date', { at: new Date(0) }, '$.at', 'only plain objects are allowed'],
    ['undefined in an array', { list: [1, undefined] }, '$.list[1]', 'undefined is not allowed inside an array'],
    ['an unpaired surrogate', { s: 'a\uD800b' }, '$.s', 'strings must be well-formed UTF-16 (no unpaired surrogates)'],
    ['a function', { f: () => 1 }, '$.f', 'function is not a JSON value'],
  ])('refuses %s, naming the path and the rule', (_name, value, path, rule) => {
    const error = errorOf(value);
    expect({ path: error.path, rule: error.rule }).toEqual({ path, rule });
  });

  it('parses back to the same value as a JSON.stringify round trip (which also turns -0 into 0)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order keys were inserted in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
      { numRuns: 200 },
    );
  });

  it('gives exactly the reference encoder\'s text, whatever the key order, key kinds and strings', () => {
    const shuffled = (value: unknown, seed: number): unknown => {
      if (Array.isArray(value)) return value.map((item, index) => shuffled(item, seed + index));
      if (typeof value !== 'object' || value === null) return value;
      const entries = Object.entries(value);
      const rotated = entries.slice(seed % Math.max(1, entries.length)).concat(entries.slice(0, seed % Math.max(1, entries.length)));
      return Object.fromEntries(rotated.reverse().map(([key, member]) => [key, shuffled(member, seed + 1)]));
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.jsonValue({ stringUnit: 'grapheme' }), fc.dictionary(fc.constantFrom('0', '1', '10', '9', '01', 'a', 'B', 'é', '4294967296', '__proto__', 'constructor'), fc.jsonValue())),
        fc.nat(),
        (value, seed) => {
          const input = shuffled(value, seed);
          expect(canonicalJson(input)).toBe(referenceCanonicalJson(input));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves the value it was given untouched', () => {
    const value = { b: [{ d: 1, c: 2 }], a: 'x' };
    canonicalJson(value);
    expect(Object.keys(value)).toEqual(['b', 'a']);
    expect(Object.keys(value.b[0]!)).toEqual(['d', 'c']);
  });

  it('keeps an own "__proto__" key, as JSON.parse gives it, in the text', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"x":1},"a":2}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1},"a":2,"b":1}');
    expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
  });

  it('inCanonicalOrder keeps the canonical text, gives the same object when already ordered, and stringifies canonically without index keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const ordered = inCanonicalOrder(value);
        expect(canonicalJson(ordered)).toBe(canonicalJson(value));
        expect(inCanonicalOrder(ordered)).toBe(ordered);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      // Without keys that start with a digit at any depth: objects keep array-index keys first.
      fc.property(fc.jsonValue().filter((value) => !/"\d[^"]*":/.test(JSON.stringify(value))), (value) => {
        expect(JSON.stringify(inCanonicalOrder(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });
});
