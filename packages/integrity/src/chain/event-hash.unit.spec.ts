import { createHash } from 'node:crypto';
import { computeEventHash, GENESIS_HASH, isEventHash } from './event-hash';

const participantId = '3f0c8a52-6d1e-4b7a-9c2f-5e8d1a4b7c90';

const event = {
  streamName: `participant-${participantId}`,
  revision: 1n,
  type: 'ModuleCompleted',
  data: { schemaVersion: 2, participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-08-14' },
  metadata: { recordedAt: '2019-08-14T03:00:00.000Z', prevHash: GENESIS_HASH, hash: 'ignored' },
};

/** Written by hand from the README's rules, so the test fails if the encoding drifts from the documentation. */
const documentedEncoding =
  '{"data":{"assessedOn":"2019-08-14","moduleId":"sulam-dasar",' +
  `"participantId":"${participantId}","result":"competent","schemaVersion":2},` +
  `"metadata":{"prevHash":"${GENESIS_HASH}","recordedAt":"2019-08-14T03:00:00.000Z"},` +
  `"revision":"1","streamName":"participant-${participantId}","type":"ModuleCompleted"}`;

describe('computeEventHash', () => {
  it('is SHA-256 hex over the documented canonical encoding, without metadata.hash', () => {
    const expected = createHash('sha256').update(documentedEncoding, 'utf8').digest('hex');
    expect(computeEventHash(event)).toBe(expected);
  });

  it('gives the README example hash, which `sha256sum` also gives over the README string', () => {
    const readmeExample = { ...event, revision: 0n, metadata: { recordedAt: '2019-08-14T03:00:00.000Z', prevHash: GENESIS_HASH } };
    expect(computeEventHash(readmeExample)).toBe('8073666342afcf3fb8d4ae04b77ea1f5050a58000f94b7c87f1dd1c37b23e6fd');
  });

  it('changes with every part it covers', () => {
    const base = computeEventHash(event);
    const variants = [
      { ...event, streamName: 'participant-other' },
      { ...event, revision: 2n },
      { ...event, type: 'InmateReleased' },
      { ...event, data: { ...event.data, result: 'not_yet_competent' } },
      { ...event, metadata: { ...event.metadata, prevHash: 'f'.repeat(64) } },
    ];
    variants.forEach((variant) => expect(computeEventHash(variant)).not.toBe(base));
  });

  it('does not change with the stored hash', () => {
    expect(computeEventHash({ ...event, metadata: { ...event.metadata, hash: 'other' } })).toBe(computeEventHash(event));
  });
});

describe('isEventHash', () => {
  it.each([
    [GENESIS_HASH, true],
    ['a'.repeat(64), true],
    ['A'.repeat(64), false],
    ['a'.repeat(63), false],
    [42, false],
  ])('%p → %p', (value, expected) => {
    expect(isEventHash(value)).toBe(expected);
  });
});
