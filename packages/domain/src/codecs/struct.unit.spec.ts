import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { struct } from './struct';

const Closed = struct('Closed', 'reject', { name: t.string }, { note: t.string });
const Tolerant = struct('Tolerant', 'strip', { name: t.string }, { note: t.string });

describe('struct', () => {
  it('decodes required and optional fields, leaving absent optional keys out', () => {
    expect(Closed.decode({ name: 'a' })).toEqual(E.right({ name: 'a' }));
    expect(Object.keys(E.getOrElseW(() => ({}))(Closed.decode({ name: 'a', note: undefined })))).toEqual(['name']);
    expect(Closed.decode({ name: 'a', note: 'b' })).toEqual(E.right({ name: 'a', note: 'b' }));
  });

  it('rejects or strips unknown keys as configured', () => {
    expect(E.isLeft(Closed.decode({ name: 'a', extra: 1 }))).toBe(true);
    expect(Closed.is({ name: 'a', extra: 1 })).toBe(false);
    expect(Tolerant.decode({ name: 'a', extra: 1 })).toEqual(E.right({ name: 'a' }));
    expect(Tolerant.is({ name: 'a', extra: 1 })).toBe(true);
    expect(Closed.decode({ name: 'a', extra: undefined })).toEqual(E.right({ name: 'a' }));
  });

  it('encodes only known, defined keys', () => {
    expect(Closed.encode({ name: 'a', note: undefined })).toEqual({ name: 'a' });
    expect(Object.keys(Closed.encode({ name: 'a', note: undefined }))).toEqual(['name']);
  });

  it('rejects what is not a plain object', () => {
    for (const input of [null, [], 'a', 1]) {
      expect(E.isLeft(Closed.decode(input))).toBe(true);
    }
  });
});
