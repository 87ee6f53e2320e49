import { beforeAll, describe, expect, it } from '@jest/globals';
import { InvalidArgumentError } from '../port/errors';
import type { AppendResult, ReadStreamOptions } from '../port/options';
import type { RecordedEvent } from '../port/events';
import {
  collect,
  expectStreamNotFound,
  expectStrictlyIncreasing,
  nth,
  proposedEvent,
  revisionsOf,
  uniqueStreamName,
  type ConformanceContext,
} from './conformance-fixtures';

const FIVE = [0n, 1n, 2n, 3n, 4n];

export const readStreamCases = (context: ConformanceContext): void => {
  describe('readStream', () => {
    const streamName = uniqueStreamName('read');
    const events = [0, 1, 2, 3, 4].map((n) =>
      proposedEvent(`Step${n}`, { n, note: 'Ñandú 漢字 😀', list: [1, 'two', null, true] }, n === 0 ? undefined : { n }),
    );
    let appended: AppendResult;
    const read = async (options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> =>
      collect(context.store().readStream(streamName, options));

    beforeAll(async () => {
      appended = await context.store().appendToStream(streamName, events, { expectedRevision: 'no_stream' });
    });

    it('reads back every field of what was appended, revisions from 0, positions increasing', async () => {
      const recorded = await read();
      const fields = recorded.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }));
      expect(fields).toEqual(events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata: metadata ?? {} })));
      expect(recorded.every((event) => event.streamName === streamName)).toBe(true);
      expect(revisionsOf(recorded)).toEqual(FIVE);
      expect(recorded.every((event) => typeof event.position === 'bigint' && typeof event.revision === 'bigint')).toBe(true);
      expectStrictlyIncreasing(recorded.map((event) => event.position));
      expect(nth(recorded, 4).position).toBe(appended.position);
      expect(recorded.every((event) => event.created instanceof Date && !Number.isNaN(event.created.getTime()))).toBe(true);
    });

    it('reads forwards from a revision, inclusive', async () => {
      expect(revisionsOf(await read({ fromRevision: 2n }))).toEqual([2n, 3n, 4n]);
    });

    it('reads at most maxCount events, given as a number or a bigint', async () => {
      expect(revisionsOf(await read({ maxCount: 2 }))).toEqual([0n, 1n]);
      expect(revisionsOf(await read({ fromRevision: 1n, maxCount: 2n }))).toEqual([1n, 2n]);
      expect(revisionsOf(await read({ maxCount: 2n ** 62n }))).toEqual(FIVE);
    });

    it('reads backwards from the end, newest first', async () => {
      expect(revisionsOf(await read({ direction: 'backwards' }))).toEqual([...FIVE].reverse());
      expect(revisionsOf(await read({ direction: 'backwards', fromRevision: 'end', maxCount: 2 }))).toEqual([4n, 3n]);
    });

    it('reads backwards from a revision, inclusive', async () => {
      expect(revisionsOf(await read({ direction: 'backwards', fromRevision: 2n }))).toEqual([2n, 1n, 0n]);
      expect(revisionsOf(await read({ direction: 'backwards', fromRevision: 'start' }))).toEqual([0n]);
    });

    it('reads nothing forwards from beyond the last revision, even beyond 2^53', async () => {
      expect(await read({ fromRevision: 5n })).toEqual([]);
      expect(await read({ fromRevision: 2n ** 53n + 1n })).toEqual([]);
      expect(await read({ fromRevision: 'end' })).toEqual([]);
    });

    it('reads backwards from beyond the last revision starting at the last', async () => {
      expect(revisionsOf(await read({ direction: 'backwards', fromRevision: 2n ** 60n, maxCount: 2 }))).toEqual([4n, 3n]);
    });

    it('throws StreamNotFoundError for a missing stream, from the iteration', async () => {
      const missing = uniqueStreamName('read-missing');
      const iterable = context.store().readStream(missing);
      await expectStreamNotFound(collect(iterable), missing);
    });

    it('refuses bad read options with InvalidArgumentError naming the field', async () => {
      const attempt = (options: unknown, name = streamName) =>
        collect(context.store().readStream(name, options as ReadStreamOptions));
      await expect(attempt({ maxCount: -1 })).rejects.toMatchObject({ field: 'options.maxCount' });
      await expect(attempt({ fromRevision: -1n })).rejects.toMatchObject({ field: 'options.fromRevision' });
      await expect(attempt({ direction: 'sideways' })).rejects.toMatchObject({ field: 'options.direction' });
      await expect(attempt(undefined, '')).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(attempt(undefined, '')).rejects.toMatchObject({ field: 'streamName' });
    });
  });
};
