import { type ChainableEvent, chainEvents, ChainInputError, chainLinkAfter, GENESIS_LINK } from './chain-events';
import { computeEventHash, GENESIS_HASH } from './event-hash';

const streamName = 'participant-7b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const proposed: readonly (ChainableEvent & { readonly id: string })[] = [
  { id: 'e1', type: 'InmateReleased', data: { releasedOn: '2020-01-06' }, metadata: { commandId: 'c1', hash: 'stale' } },
  { id: 'e2', type: 'FollowUpLogged', data: { contactedOn: '2020-02-05' } },
];

const inputErrorOf = (run: () => unknown): { field: string; rule: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof ChainInputError) {
      return { field: error.field, rule: error.rule };
    }
    throw error;
  }
  throw new Error('expected a ChainInputError');
};

describe('chainEvents', () => {
  it('links each event to the one before, starting from the given link', () => {
    const start = 'c'.repeat(64);
    const [first, second] = chainEvents(streamName, 5n, start, proposed);
    expect(first!.metadata.prevHash).toBe(start);
    expect(first!.metadata.hash).toBe(computeEventHash({ streamName, revision: 5n, ...first! }));
    expect(second!.metadata.prevHash).toBe(first!.metadata.hash);
    expect(second!.metadata.hash).toBe(computeEventHash({ streamName, revision: 6n, ...second! }));
  });

  it('keeps the other fields and metadata, replacing a stale hash', () => {
    const [first] = chainEvents(streamName, 0n, GENESIS_HASH, proposed);
    expect(first!.id).toBe('e1');
    expect(first!.metadata['commandId']).toBe('c1');
    expect(first!.metadata.hash).not.toBe('stale');
  });

  it.each([
    [-1n, GENESIS_HASH, 'startRevision', 'must be 0 or more'],
    [3n, 'not-a-hash', 'prevHash', 'must be 64 lower-case hex digits'],
    [0n, 'a'.repeat(64), 'prevHash', 'must be GENESIS_HASH (64 zeros) at revision 0'],
  ])('refuses start %p with prevHash %p', (revision, prevHash, field, rule) => {
    expect(inputErrorOf(() => chainEvents(streamName, revision, prevHash, proposed))).toEqual({ field, rule });
  });
});

describe('chainLinkAfter', () => {
  it('starts a new stream at genesis', () => {
    expect(chainLinkAfter(undefined)).toEqual(GENESIS_LINK);
  });

  it('continues after the last stored event', () => {
    const hash = 'd'.repeat(64);
    expect(chainLinkAfter({ revision: 4n, metadata: { hash } })).toEqual({ revision: 5n, prevHash: hash });
  });

  it('refuses a last event without a hash', () => {
    expect(inputErrorOf(() => chainLinkAfter({ revision: 4n, metadata: {} }))).toEqual({
      field: 'revision 4: metadata.hash',
      rule: 'must be 64 lower-case hex digits; the stream is not hash-chained',
    });
  });
});
