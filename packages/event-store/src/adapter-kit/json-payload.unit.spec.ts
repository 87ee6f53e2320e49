import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidAppendError, MAX_JSON_DEPTH } from '../port';
import { checkJsonObject } from './json-payload';

const refusal = (value: unknown): InvalidAppendError | undefined => {
  try {
    checkJsonObject(value, 'data');
    return undefined;
  } catch (error) {
    return error as InvalidAppendError;
  }
};

const nested = (depth: number): Record<string, unknown> => (depth === 0 ? {} : { inner: nested(depth - 1) });

describe('checkJsonObject', () => {
  it('accepts every JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (value) => {
        expect(refusal(value)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('names the path to the offending value, quoting keys that are not identifiers', () => {
    const found = refusal({ peserta: { 'nama lengkap': [null, { lahir: new Date(0) }] } });
    expect(found).toBeInstanceOf(InvalidAppendError);
    expect(found).toMatchObject({ field: 'data.peserta["nama lengkap"][1].lahir' });
  });

  it('names holes in arrays and symbol keys', () => {
    const withHole = [1, 2];
    withHole.length = 3;
    expect(refusal({ list: withHole })).toMatchObject({ field: 'data.list[2]', rule: 'must not be an array hole' });
    expect(refusal({ [Symbol('x')]: 1 })).toMatchObject({ field: 'data', rule: 'must not have symbol keys' });
  });

  it('accepts shared, non-circular references', () => {
    const shared = { kode: 'sulam-dasar' };
    expect(refusal({ first: shared, second: shared })).toBeUndefined();
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels and accepts exactly that depth`, () => {
    expect(refusal(nested(MAX_JSON_DEPTH - 1))).toBeUndefined();
    expect(refusal(nested(MAX_JSON_DEPTH))?.rule).toMatch(/nest deeper/);
  });

  it('never puts the offending value in the message', () => {
    const found = refusal({ nik: 3507014101900001n });
    expect(found?.message).not.toContain('3507014101900001');
  });
});
