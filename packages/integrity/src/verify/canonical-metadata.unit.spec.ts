import * as fc from 'fast-check';
import { canonicalJson, type JsonObject } from '@binaan/canonical-json';
import { readCanonicalMetadata } from './canonical-metadata';

const hex = (digit: string): string => digit.repeat(64);

/** The metadata as the event hash covers it: without its top-level `hash`. */
const unhashedOf = (metadata: JsonObject): string => canonicalJson(Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== 'hash')));

describe('readCanonicalMetadata', () => {
  it('reads hash and prevHash, and cuts the top-level hash wherever it sits among the keys', () => {
    for (const metadata of [
      { hash: hex('a') },
      { hash: hex('a'), prevHash: hex('b') },
      { actor: { id: 'x', role: 'assessor' }, hash: hex('a'), prevHash: hex('b'), recordedAt: '2020-01-02T03:00:00.000Z' },
      { commandId: 'c', hash: hex('a') },
      { a: 1, b: [true, null], hash: hex('a') },
    ] as JsonObject[]) {
      const read = readCanonicalMetadata(canonicalJson(metadata));
      expect(read).toEqual({ hash: metadata['hash'], prevHash: metadata['prevHash'], unhashed: unhashedOf(metadata) });
    }
  });

  it('cuts the top-level hash only: a hash key nested inside stays, and is not taken for the stored hash', () => {
    const metadata = { actor: { hash: hex('c'), id: 'x' }, hash: hex('a'), prevHash: hex('b') };
    const read = readCanonicalMetadata(canonicalJson(metadata));
    expect(read?.hash).toBe(hex('a'));
    expect(read?.unhashed).toBe(`{"actor":{"hash":"${hex('c')}","id":"x"},"prevHash":"${hex('b')}"}`);
    expect(readCanonicalMetadata(canonicalJson({ actor: { hash: hex('c') }, prevHash: hex('b') }))).toBeUndefined();
  });

  it('gives nothing when there is no string hash at the top level, or the text is not canonical', () => {
    expect(readCanonicalMetadata('{"prevHash":"x"}')).toBeUndefined();
    expect(readCanonicalMetadata('{"hash":1}')).toBeUndefined();
    expect(readCanonicalMetadata('{"hash":null}')).toBeUndefined();
    expect(readCanonicalMetadata('["hash","x"]')).toBeUndefined();
    expect(readCanonicalMetadata(`{"prevHash":"${hex('b')}","hash":"${hex('a')}"}`)).toBeUndefined();
    expect(readCanonicalMetadata(`{"hash": "${hex('a')}"}`)).toBeUndefined();
    expect(readCanonicalMetadata(`{"hash":"\\u0061"}`)).toBeUndefined();
  });

  it('gives no prevHash when it is not a string', () => {
    expect(readCanonicalMetadata(`{"hash":"${hex('a')}","prevHash":{"x":1}}`)?.prevHash).toBeUndefined();
  });

  it('always cuts exactly the metadata the event hash covers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('actor', 'causationId', 'eventId', 'prevHash', 'recordedAt', 'zeta', 'a'), fc.jsonValue()), fc.string({ unit: fc.constantFrom(...'0123456789abcdef') }), (rest, hash) => {
        const metadata = { ...rest, hash } as JsonObject;
        const text = canonicalJson(metadata);
        const read = readCanonicalMetadata(text);
        if (read === undefined) return;
        expect(read.hash).toBe(hash);
        expect(read.unhashed).toBe(unhashedOf(metadata));
        expect(read.prevHash).toBe(typeof metadata['prevHash'] === 'string' ? metadata['prevHash'] : undefined);
      }),
      { numRuns: 500 },
    );
  });
});
