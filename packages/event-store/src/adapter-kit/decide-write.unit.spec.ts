import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { StreamDeletedError, WrongExpectedVersionError } from '../port';
import { decideSoftDelete, decideWrite, type StoredEventLookup } from './decide-write';
import { DELETED_STREAM_REVISION, missingStream, type StreamState } from './stream-state';

/** A stream of `ids`, event n at revision n and position 100 + n. */
const storedStream = (ids: readonly string[], truncateBefore = 0n) => {
  const state: StreamState = { lastRevision: BigInt(ids.length) - 1n, truncateBefore, tombstoned: false };
  const lookup: StoredEventLookup = {
    byId: (id) => {
      const index = ids.lastIndexOf(id);
      return index < 0 ? undefined : { revision: BigInt(index), position: 100n + BigInt(index) };
    },
    at: (revision) => {
      const id = ids[Number(revision)];
      return id === undefined ? undefined : { id, position: 100n + revision };
    },
  };
  return { state, lookup };
};

const ids = ['a', 'b', 'c'];

describe('decideWrite', () => {
  it('writes when the expected revision is the last one, for any stream length', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 20 }), fc.uuid(), (stored, fresh) => {
        fc.pre(!stored.includes(fresh));
        const stream = storedStream(stored);
        const expected = stored.length === 0 ? 'no_stream' : BigInt(stored.length - 1);
        expect(decideWrite({ streamName: 's', ...stream, expected, ids: [fresh] })).toEqual({ kind: 'write', undelete: false });
      }),
      { numRuns: 100 },
    );
  });

  it('repeats of any run of stored events after an expected revision report the last of them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (stored, a, b) => {
        const from = a % stored.length;
        const to = from + (b % (stored.length - from));
        const expected = from === 0 ? 'no_stream' : BigInt(from - 1);
        const decision = decideWrite({ streamName: 's', ...storedStream(stored), expected, ids: stored.slice(from, to + 1) });
        expect(decision).toEqual({ kind: 'idempotent', revision: BigInt(to), position: 100n + BigInt(to) });
      }),
      { numRuns: 100 },
    );
  });

  it('with any, all ids stored is a repeat, none stored a write, some stored a conflict', () => {
    const stream = storedStream(ids);
    const decide = (appended: readonly string[]) => () => decideWrite({ streamName: 's', ...stream, expected: 'any', ids: appended });
    expect(decide(['b', 'c'])()).toEqual({ kind: 'idempotent', revision: 2n, position: 102n });
    expect(decide(['x', 'a'])()).toEqual({ kind: 'write', undelete: false });
    expect(decide(['b', 'x'])).toThrow(new WrongExpectedVersionError('s', 'any', 2n));
  });

  it('on a soft-deleted stream, no_stream writes and marks the stream undeleted; stream_exists is refused', () => {
    const stream = storedStream(ids, DELETED_STREAM_REVISION);
    expect(decideWrite({ streamName: 's', ...stream, expected: 'no_stream', ids: ['x'] })).toEqual({
      kind: 'write',
      undelete: true,
    });
    expect(() => decideWrite({ streamName: 's', ...stream, expected: 'stream_exists', ids: ['x'] })).toThrow(StreamDeletedError);
  });

  it('an expected revision beyond 2^53 conflicts with the exact actual revision', () => {
    const expected = 2n ** 53n + 1n;
    expect(() => decideWrite({ streamName: 's', ...storedStream(ids), expected, ids: ['x'] })).toThrow(
      new WrongExpectedVersionError('s', expected, 2n),
    );
  });

  it('a soft delete of a stream never written conflicts with no_stream', () => {
    const lookup = storedStream([]).lookup;
    expect(() => decideSoftDelete({ streamName: 's', state: missingStream, expected: 'any', lookup })).toThrow(
      new WrongExpectedVersionError('s', 'any', 'no_stream'),
    );
  });
});
