import { randomUUID } from 'node:crypto';
import { ErrorType } from '@eventstore/db-client';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { type EventStore, type SubscriptionItem } from '@binaan/event-store';
import { startEsdbStandIn, type EsdbStandIn } from './';

const ITEM_TIMEOUT_MS = 10_000;

const nextItem = async (items: AsyncIterator<SubscriptionItem>): Promise<SubscriptionItem> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no subscription item within ${ITEM_TIMEOUT_MS} ms`)), ITEM_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([items.next(), late]);
    if (result.done === true) {
      throw new Error('the subscription ended');
    }
    return result.value;
  } finally {
    clearTimeout(timer);
  }
};

const labels = async (items: AsyncIterator<SubscriptionItem>, count: number): Promise<readonly string[]> => {
  const taken: string[] = [];
  while (taken.length < count) {
    const item = await nextItem(items);
    taken.push(item.kind === 'event' ? item.event.id : 'caughtUp');
  }
  return taken;
};

const appendEvents = async (store: EventStore, streamName: string, count: number): Promise<readonly string[]> => {
  const events = Array.from({ length: count }, (_, n) => ({ id: randomUUID(), type: 'KunjunganDicatat', data: { n } }));
  await store.appendToStream(streamName, events);
  return events.map((event) => event.id);
};

describe('esdb adapter: subscribeToAll over a dropped connection', () => {
  const standIns: EsdbStandIn[] = [];

  afterEach(async () => {
    await Promise.all(standIns.splice(0).map((standIn) => standIn.stop()));
  });

  it('resubscribes after the server goes away and comes back, losing and repeating nothing', async () => {
    const first = await startEsdbStandIn();
    standIns.push(first);
    const store = createEsdbEventStore({
      connectionString: first.connectionString,
      reconnect: { initialDelayMs: 20, maxDelayMs: 200 },
    });
    const streamName = `dropped-${randomUUID()}`;
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [streamName] } });
    const items = subscription[Symbol.asyncIterator]();
    try {
      const beforeSubscribing = await appendEvents(store, streamName, 3);
      expect(await labels(items, 4)).toEqual([...beforeSubscribing, 'caughtUp']);
      const live = await appendEvents(store, streamName, 2);
      expect(await labels(items, 2)).toEqual(live);

      await first.stop();
      const whileDown = await appendEvents(first.store, streamName, 3);
      const second = await startEsdbStandIn({ port: first.port, store: first.store });
      standIns.push(second);
      const afterRestart = await appendEvents(store, streamName, 2);

      expect(await labels(items, 5)).toEqual([...whileDown, ...afterRestart]);
      const more = await appendEvents(store, streamName, 1);
      expect(await labels(items, 1)).toEqual(more);
    } finally {
      await subscription.close();
      await store.close();
    }
  });

  it('fixes fromPosition end when subscribing, so events written while the server is down still come', async () => {
    const first = await startEsdbStandIn();
    standIns.push(first);
    const store = createEsdbEventStore({
      connectionString: first.connectionString,
      reconnect: { initialDelayMs: 20, maxDelayMs: 200 },
    });
    const streamName = `dropped-${randomUUID()}`;
    await appendEvents(store, streamName, 2);
    const subscription = store.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [streamName] } });
    const items = subscription[Symbol.asyncIterator]();
    try {
      expect(await labels(items, 1)).toEqual(['caughtUp']);
      await first.stop();
      const whileDown = await appendEvents(first.store, streamName, 2);
      const second = await startEsdbStandIn({ port: first.port, store: first.store });
      standIns.push(second);
      expect(await labels(items, 2)).toEqual(whileDown);
    } finally {
      await subscription.close();
      await store.close();
    }
  });

  it('gives up with the connection error after maxAttempts failures in a row', async () => {
    const standIn = await startEsdbStandIn();
    standIns.push(standIn);
    const store = createEsdbEventStore({
      connectionString: standIn.connectionString,
      reconnect: { initialDelayMs: 10, maxDelayMs: 20, maxAttempts: 3 },
    });
    const subscription = store.subscribeToAll({ fromPosition: 'end' });
    const items = subscription[Symbol.asyncIterator]();
    try {
      expect(await labels(items, 1)).toEqual(['caughtUp']);
      await standIn.stop();
      await expect(items.next()).rejects.toMatchObject({ type: ErrorType.UNAVAILABLE });
    } finally {
      await subscription.close();
      await store.close();
    }
  });

  it('subscribes from the end even when the server is down at first, once it is back', async () => {
    const first = await startEsdbStandIn();
    standIns.push(first);
    const store = createEsdbEventStore({
      connectionString: first.connectionString,
      reconnect: { initialDelayMs: 20, maxDelayMs: 100 },
    });
    const streamName = `dropped-${randomUUID()}`;
    await first.stop();
    const subscription = store.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [streamName] } });
    const items = subscription[Symbol.asyncIterator]();
    try {
      const second = await startEsdbStandIn({ port: first.port, store: first.store });
      standIns.push(second);
      expect(await labels(items, 1)).toEqual(['caughtUp']);
      const live = await appendEvents(store, streamName, 2);
      expect(await labels(items, 2)).toEqual(live);
    } finally {
      await subscription.close();
      await store.close();
    }
  });
});
