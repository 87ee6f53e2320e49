import { randomUUID } from 'node:crypto';
import { InvalidAppendError, StreamDeletedError, WrongExpectedVersionError, type EventSchema, type EventStore, type SubscriptionItem } from '@binaan/event-store';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { collect, failureOf } from './stand-in-fixtures';
import { startEsdbStandIn, type EsdbStandIn } from './';

const proposed = (type: string, n = 0) => ({ id: randomUUID(), type, data: { n } });

const take = async (items: AsyncIterator<SubscriptionItem>, count: number, slowly = false): Promise<readonly string[]> => {
  const labels: string[] = [];
  while (labels.length < count) {
    if (slowly) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const { value } = await items.next();
    labels.push(value.kind === 'event' ? `${value.event.type}:${value.event.data['n']}` : 'caughtUp');
  }
  return labels;
};

/** Keeps `v: 2` events as they are and brings `KelasDihadiri` v1 (no `v`) up to v2. */
const versionedSchema: EventSchema = {
  check: (event) => {
    if (event.type === 'Ditolak') throw new InvalidAppendError('events[0].type', 'is not a Binaan event type');
  },
  upcast: (event) => (event.data['v'] === undefined ? { ...event, data: { ...event.data, v: 2 } } : event),
};

describe('esdb adapter over the wire stand-in', () => {
  let standIn: EsdbStandIn;
  let store: EventStore;
  beforeAll(async () => {
    standIn = await startEsdbStandIn();
    store = createEsdbEventStore({ connectionString: standIn.connectionString, schema: versionedSchema });
  });
  afterAll(async () => {
    await store.close();
    await standIn.stop();
  });

  it('places caughtUp right after a long catch-up, whatever the client has buffered', async () => {
    const streamName = `kelas-${randomUUID()}`;
    const events = Array.from({ length: 300 }, (_, n) => proposed('KelasDihadiri', n));
    await store.appendToStream(streamName, events);
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [streamName] } });
    try {
      // A slow consumer, so the client has buffered events when caught_up comes off the wire.
      const labels = await take(subscription[Symbol.asyncIterator](), 301, true);
      expect(labels).toEqual([...events.map((_, n) => `KelasDihadiri:${n}`), 'caughtUp']);
    } finally {
      await subscription.close();
    }
  });

  it('refuses an invalid append, and one the schema rejects, before sending anything', async () => {
    const before = standIn.calls();
    const streamName = `peserta-${randomUUID()}`;
    const badId = await failureOf(store.appendToStream(streamName, [{ ...proposed('Terdaftar'), id: 'bukan-uuid' }]));
    expect(badId).toMatchObject({ field: 'events[0].id' });
    expect(await failureOf(store.appendToStream(streamName, [proposed('Ditolak')]))).toBeInstanceOf(InvalidAppendError);
    const after = standIn.calls();
    expect([after.append, after.batchAppend]).toEqual([before.append, before.batchAppend]);
  });

  it('upcasts what it reads and what subscriptions deliver', async () => {
    const streamName = `kelas-${randomUUID()}`;
    await store.appendToStream(streamName, [proposed('KelasDihadiri', 1)]);
    const [read] = await collect(store.readStream(streamName));
    expect(read?.data).toEqual({ n: 1, v: 2 });
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [streamName] } });
    try {
      const { value } = await subscription[Symbol.asyncIterator]().next();
      expect(value).toMatchObject({ kind: 'event', event: { data: { n: 1, v: 2 } } });
    } finally {
      await subscription.close();
    }
  });

  it('subscribes with a stream prefix and event types together, leaving out system records', async () => {
    const prefix = `kelas-${randomUUID()}`;
    await store.appendToStream(`${prefix}-a`, [proposed('KelasDihadiri', 0), proposed('Lain', 1)]);
    await store.appendToStream(`${prefix}-b`, [proposed('KelasDihadiri', 2)]);
    await store.deleteStream(`${prefix}-a`);
    await store.tombstoneStream(`${prefix}-b`);
    await store.appendToStream(`lain-${prefix}`, [proposed('KelasDihadiri', 3)]);
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix], eventTypes: ['KelasDihadiri'] } });
    try {
      expect(await take(subscription[Symbol.asyncIterator](), 3)).toEqual(['KelasDihadiri:0', 'KelasDihadiri:2', 'caughtUp']);
    } finally {
      await subscription.close();
    }
  });

  describe('deleteStream with stream_exists, which the 6.x client cannot send', () => {
    it('deletes an existing stream', async () => {
      const streamName = `peserta-${randomUUID()}`;
      await store.appendToStream(streamName, [proposed('Terdaftar')]);
      await store.deleteStream(streamName, { expectedRevision: 'stream_exists' });
      await expect(collect(store.readStream(streamName))).rejects.toMatchObject({ code: 'StreamNotFound' });
    });

    it('conflicts with actual no_stream on a stream never written', async () => {
      const streamName = `peserta-${randomUUID()}`;
      const error = await failureOf(store.deleteStream(streamName, { expectedRevision: 'stream_exists' }));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamName, expected: 'stream_exists', actual: 'no_stream' });
    });

    it.each(['soft-deleted', 'tombstoned'])('fails with StreamDeletedError on a %s stream', async (condition) => {
      const streamName = `peserta-${randomUUID()}`;
      await store.appendToStream(streamName, [proposed('Terdaftar')]);
      await (condition === 'tombstoned' ? store.tombstoneStream(streamName) : store.deleteStream(streamName));
      const error = await failureOf(store.deleteStream(streamName, { expectedRevision: 'stream_exists' }));
      expect(error).toBeInstanceOf(StreamDeletedError);
    });
  });
});
