import { describe, expect, it } from '@jest/globals';
import type { SubscriptionItem } from '../port/subscription';
import { collect, nth, proposedEvent, someEvents, uniquePrefix, type ConformanceContext } from './conformance-fixtures';
import { endsWithin, iteratorOf, nextItem, takeLabels } from './subscription-fixtures';

const idsOf = (events: readonly { readonly id: string }[]): readonly string[] => events.map((event) => event.id);

export const subscribeCases = (context: ConformanceContext): void => {
  describe('subscribeToAll', () => {
    it('catches up after the start position, signals caughtUp once, then delivers live events', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe');
      const start = await store.appendToStream(`${prefix}before`, [proposedEvent()]);
      const caughtUpEvents = someEvents(3);
      await store.appendToStream(`${prefix}s`, caughtUpEvents);
      const subscription = store.subscribeToAll({ fromPosition: start.position, filter: { streamPrefixes: [prefix] } });
      const items = iteratorOf(subscription);
      expect(await takeLabels(items, 4)).toEqual([...idsOf(caughtUpEvents), 'caughtUp']);
      const liveEvents = someEvents(2);
      await store.appendToStream(`${prefix}s`, liveEvents);
      expect(await takeLabels(items, 2)).toEqual(idsOf(liveEvents));
      const later = proposedEvent();
      await store.appendToStream(`${prefix}s`, [later]);
      expect(await takeLabels(items, 1)).toEqual([later.id]);
      await subscription.close();
    });

    it('from the end signals caughtUp first, then only later events', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe-end');
      await store.appendToStream(`${prefix}s`, someEvents(2));
      const subscription = store.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [prefix] } });
      const items = iteratorOf(subscription);
      expect(await takeLabels(items, 1)).toEqual(['caughtUp']);
      const live = someEvents(1);
      await store.appendToStream(`${prefix}s`, live);
      expect(await takeLabels(items, 1)).toEqual(idsOf(live));
      await subscription.close();
    });

    it('resumes after a position, exclusive, and yields the upcast events in full', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe-resume');
      const events = someEvents(4);
      await store.appendToStream(`${prefix}s`, events.slice(0, 2));
      await store.appendToStream(`${prefix}s`, events.slice(2));
      const first = nth(await collect(store.readStream(`${prefix}s`, { maxCount: 1 })), 0);
      const subscription = store.subscribeToAll({ fromPosition: first.position, filter: { streamPrefixes: [prefix] } });
      const item = await nextItem(iteratorOf(subscription));
      expect(item).toMatchObject({ kind: 'event', event: { id: nth(events, 1).id, revision: 1n, data: { n: 1 } } });
      await subscription.close();
    });

    it('loses and repeats nothing while events are appended during catch-up', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe-race');
      const streamName = `${prefix}s`;
      const start = await store.appendToStream(`${prefix}before`, [proposedEvent()]);
      const before = someEvents(30);
      await store.appendToStream(streamName, before);
      const subscription = store.subscribeToAll({ fromPosition: start.position, filter: { streamPrefixes: [prefix] } });
      const items = iteratorOf(subscription);
      const during = Array.from({ length: 10 }, () => someEvents(3));
      const appending = (async () => {
        for (const batch of during) await store.appendToStream(streamName, batch);
      })();
      const labels = await takeLabels(items, 61);
      await appending;
      expect(labels.filter((label) => label === 'caughtUp')).toHaveLength(1);
      expect(labels.filter((label) => label !== 'caughtUp')).toEqual([...idsOf(before), ...during.flatMap(idsOf)]);
      await subscription.close();
    });

    it('delivers only events of the filtered types', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe-type');
      const wanted = `Wanted${prefix.replace(/[^0-9a-f]/g, '')}`;
      const start = await store.appendToStream(`${prefix}s`, [proposedEvent(wanted)]);
      const later = [proposedEvent('Other'), proposedEvent(wanted)];
      await store.appendToStream(`${prefix}s`, later);
      const subscription = store.subscribeToAll({ fromPosition: start.position, filter: { eventTypes: [wanted] } });
      expect(await takeLabels(iteratorOf(subscription), 2)).toEqual([nth(later, 1).id, 'caughtUp']);
      await subscription.close();
    });

    it('close() ends a for-await loop waiting for live events', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe-close');
      const subscription = store.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [prefix] } });
      const seen: SubscriptionItem[] = [];
      let signalCaughtUp: () => void = () => undefined;
      const caughtUp = new Promise<void>((resolve) => (signalCaughtUp = resolve));
      const loop = (async () => {
        for await (const item of subscription) {
          seen.push(item);
          if (item.kind === 'caughtUp') signalCaughtUp();
        }
      })();
      await caughtUp;
      await subscription.close();
      expect(await endsWithin(loop, 2_000)).toBe(true);
      await store.appendToStream(`${prefix}s`, someEvents(1));
      expect(seen).toEqual([{ kind: 'caughtUp' }]);
    });

    it('break in for-await ends the subscription', async () => {
      const store = context.store();
      const prefix = uniquePrefix('subscribe-break');
      const start = await store.appendToStream(`${prefix}s`, someEvents(1));
      await store.appendToStream(`${prefix}s`, someEvents(3));
      const subscription = store.subscribeToAll({ fromPosition: start.position, filter: { streamPrefixes: [prefix] } });
      let taken = 0;
      const loop = (async () => {
        for await (const item of subscription) {
          taken += item.kind === 'event' ? 1 : 0;
          break;
        }
      })();
      expect(await endsWithin(loop, 2_000)).toBe(true);
      expect(taken).toBe(1);
      await subscription.close();
    });
  });
};
