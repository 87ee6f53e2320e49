import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ReadAllOptions } from '../port/options';
import type { RecordedEvent } from '../port/events';
import {
  collect,
  expectStrictlyIncreasing,
  nth,
  proposedEvent,
  uniquePrefix,
  type ConformanceContext,
} from './conformance-fixtures';

export const readAllCases = (context: ConformanceContext): void => {
  describe('readAll', () => {
    const prefix = uniquePrefix('read-all');
    const streamA = `${prefix}a`;
    const streamB = `${prefix}b`;
    const rareType = `RareThing${prefix.replace(/[^0-9a-f]/g, '')}`;
    let recorded: readonly RecordedEvent[] = [];
    const ids = (events: readonly RecordedEvent[]) => events.map((event) => event.id);
    const ours = (options?: ReadAllOptions) =>
      collect(context.store().readAll({ ...options, filter: { streamPrefixes: [prefix], ...options?.filter } }));

    beforeAll(async () => {
      const store = context.store();
      await store.appendToStream(streamA, [proposedEvent('Common', { n: 0 })]);
      await store.appendToStream(streamB, [proposedEvent(rareType, { n: 1 })]);
      await store.appendToStream(streamA, [proposedEvent(rareType, { n: 2 })]);
      await store.appendToStream(streamB, [proposedEvent('Common', { n: 3 })]);
      recorded = [...(await collect(store.readStream(streamA))), ...(await collect(store.readStream(streamB)))].sort(
        (left, right) => (left.position < right.position ? -1 : 1),
      );
    });

    it('reads in global order, positions strictly increasing across streams', async () => {
      const events = await ours();
      expect(events.map((event) => event.data['n'])).toEqual([0, 1, 2, 3]);
      expect(ids(events)).toEqual(ids(recorded));
      expectStrictlyIncreasing(events.map((event) => event.position));
    });

    it('reads forwards from a position, inclusive', async () => {
      expect(ids(await ours({ fromPosition: nth(recorded, 1).position }))).toEqual(ids(recorded.slice(1)));
    });

    it('reads backwards from the end, newest first, up to maxCount', async () => {
      expect(ids(await ours({ direction: 'backwards', maxCount: 3 }))).toEqual(ids(recorded.slice(1).reverse()));
    });

    it('reads backwards from a position, exclusive', async () => {
      const events = await ours({ direction: 'backwards', fromPosition: nth(recorded, 2).position });
      expect(ids(events)).toEqual(ids(recorded.slice(0, 2).reverse()));
    });

    it('reads at most maxCount forwards', async () => {
      expect(ids(await ours({ maxCount: 2 }))).toEqual(ids(recorded.slice(0, 2)));
      expect(ids(await ours({ fromPosition: nth(recorded, 1).position, maxCount: 2n }))).toEqual(ids(recorded.slice(1, 3)));
    });

    it('reads nothing of ours forwards from the end', async () => {
      expect(await ours({ fromPosition: 'end' })).toEqual([]);
    });

    it('filters by event type', async () => {
      const events = await collect(context.store().readAll({ filter: { eventTypes: [rareType] } }));
      expect(ids(events)).toEqual(ids([nth(recorded, 1), nth(recorded, 2)]));
    });

    it('filters by stream prefix and event type together', async () => {
      const events = await collect(context.store().readAll({ filter: { streamPrefixes: [streamA], eventTypes: [rareType] } }));
      expect(ids(events)).toEqual([nth(recorded, 2).id]);
    });

    it('filters by any of several stream prefixes', async () => {
      const events = await collect(context.store().readAll({ filter: { streamPrefixes: [streamB, streamA] } }));
      expect(ids(events)).toEqual(ids(recorded));
    });

    it('never yields the records deletes write', async () => {
      const store = context.store();
      const deletedPrefix = uniquePrefix('read-all-deleted');
      await store.appendToStream(`${deletedPrefix}soft`, [proposedEvent()]);
      await store.deleteStream(`${deletedPrefix}soft`);
      await store.tombstoneStream(`${deletedPrefix}hard`);
      const events = await collect(store.readAll({ filter: { streamPrefixes: [deletedPrefix] } }));
      expect(events.filter((event) => event.type.startsWith('$'))).toEqual([]);
    });

    it('refuses an empty filter list with InvalidArgumentError naming the field', async () => {
      await expect(collect(context.store().readAll({ filter: { streamPrefixes: [] } }))).rejects.toMatchObject({
        field: 'options.filter.streamPrefixes',
      });
    });
  });
};
