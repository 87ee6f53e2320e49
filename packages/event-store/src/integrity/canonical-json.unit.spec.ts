import * as fc from 'fast-check';
import { canonicalJson, CanonicalJsonError } from './canonical-json';

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
});
