import * as fc from 'fast-check';
import { computeEventHash } from '../chain/event-hash';
import { type JsonObject } from '@binaan/canonical-json';
import { quickEventHash } from './canonical-hash';
import type { StoredEvent } from './stored-event';

const eventWith = (data: JsonObject, metadata: JsonObject = { prevHash: '0'.repeat(64), actor: { role: 'assessor', id: 'x' } }): StoredEvent => ({
  id: 'e',
  streamName: 'participant-a',
  revision: 3n,
  position: 9n,
  type: 'ModuleCompleted',
  data,
  metadata,
});

/** As the store gives it back: parsed from its JSON text. */
const asStored = (event: StoredEvent): StoredEvent => ({
  ...event,
  data: JSON.parse(JSON.stringify(event.data)) as JsonObject,
  metadata: JSON.parse(JSON.stringify(event.metadata)) as JsonObject,
});

describe('quickEventHash', () => {
  it('equals the canonical hash of what was read from JSON, whatever its keys', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const event = asStored(eventWith(data as JsonObject));
        expect(quickEventHash(event)).toBe(computeEventHash(event));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores only the top-level metadata hash, as the canonical hash does', () => {
    const event = asStored(eventWith({ moduleId: 'sulam-dasar' }, { prevHash: '0'.repeat(64), hash: 'f'.repeat(64) }));
    expect(quickEventHash(event)).toBe(computeEventHash(event));
    const nested = asStored(eventWith({ moduleId: 'sulam-dasar', hash: 'x' }));
    expect(quickEventHash(nested)).toBe(computeEventHash(nested));
    expect(quickEventHash(nested)).not.toBe(quickEventHash(asStored(eventWith({ moduleId: 'sulam-dasar' }))));
  });

  it('does not lose a "__proto__" key an attacker added: the hash changes', () => {
    const genuine = asStored(eventWith({ moduleId: 'sulam-dasar' }));
    const tampered: StoredEvent = { ...genuine, data: JSON.parse('{"moduleId":"sulam-dasar","__proto__":{"result":"competent"}}') as JsonObject };
    expect(quickEventHash(tampered)).not.toBe(quickEventHash(genuine));
    expect(quickEventHash(tampered)).toBe(computeEventHash(tampered));
  });

  it('gives the canonical hash where JSON.stringify alone would not, and no hash for content the encoder refuses', () => {
    // V8 writes array-index keys first: the canonical order still holds.
    const indexKeys = asStored(eventWith(JSON.parse('{"10":"a","9":"b"}') as JsonObject));
    expect(quickEventHash(indexKeys)).toBe(computeEventHash(indexKeys));
    // The canonical encoder refuses a lone surrogate (the exact verifier calls the event modified); JSON.stringify escapes it.
    const loneSurrogate = asStored(eventWith({ moduleId: 'sulam-\ud800' }));
    expect(quickEventHash(loneSurrogate)).toBeUndefined();
    // Ten-digit keys beyond the array-index range are ordinary keys: the quick hash still holds.
    const bigNumberKey = asStored(eventWith(JSON.parse('{"12345678901":"a","b":"c"}') as JsonObject));
    expect(quickEventHash(bigNumberKey)).toBe(computeEventHash(bigNumberKey));
  });
});
