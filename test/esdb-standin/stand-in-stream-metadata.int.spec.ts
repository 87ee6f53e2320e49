import { START, jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import { createMemoryEventStore } from '@binaan/event-store';
import { appendSystemProjectionLinks, seedForeignEvents } from './';
import { collect, connect, disconnect, eventually, someEvents, uniqueStream, type Connection } from './stand-in-fixtures';

const revisionsOf = (read: readonly ResolvedEvent[]): readonly (bigint | undefined)[] => read.map(({ event }) => event?.revision);

describe('stream metadata ($$<stream>)', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect();
  });
  afterAll(() => disconnect(connection));

  it('keeps what setStreamMetadata writes, and getStreamMetadata reads it back', async () => {
    const stream = uniqueStream('orders');
    await connection.client.setStreamMetadata(stream, { maxCount: 3, cacheControl: 60, custom: { owner: 'crm' } });
    const { metadata } = await connection.client.getStreamMetadata(stream);
    expect(metadata).toMatchObject({ maxCount: 3, cacheControl: 60, custom: { owner: 'crm' } });
  });

  it('lets a stream exist through its metadata alone: reads still find no stream, and no_stream still appends', async () => {
    const stream = uniqueStream('orders');
    await connection.client.setStreamMetadata(stream, { maxCount: 3 });
    await expect(collect(connection.client.readStream(stream))).rejects.toMatchObject({ type: 'stream-not-found' });
    await expect(connection.client.appendToStream(stream, someEvents(1), { expectedRevision: 'no_stream' })).resolves.toMatchObject({
      nextExpectedRevision: 0n,
    });
  });

  it('honours maxCount on stream reads both ways, counting from what it leaves, and keeps every event in $all', async () => {
    const stream = uniqueStream('orders');
    const written = await connection.client.appendToStream(stream, someEvents(5));
    await connection.client.setStreamMetadata(stream, { maxCount: 2 });
    expect(revisionsOf(await collect(connection.client.readStream(stream)))).toEqual([3n, 4n]);
    expect(revisionsOf(await collect(connection.client.readStream(stream, { fromRevision: START, maxCount: 1 })))).toEqual([3n]);
    expect(revisionsOf(await collect(connection.client.readStream(stream, { direction: 'backwards', fromRevision: 'end' })))).toEqual([4n, 3n]);
    const inAll = (await collect(connection.client.readAll({ fromPosition: START }))).filter(({ event }) => event?.streamId === stream);
    expect(inAll).toHaveLength(5);
    expect(written.nextExpectedRevision).toBe(4n);
  });

  it('honours truncateBefore, and a later setting replaces an earlier one', async () => {
    const stream = uniqueStream('orders');
    await connection.client.appendToStream(stream, someEvents(4));
    await connection.client.setStreamMetadata(stream, { truncateBefore: 3 });
    expect(revisionsOf(await collect(connection.client.readStream(stream)))).toEqual([3n]);
    await connection.client.setStreamMetadata(stream, { truncateBefore: 1 });
    expect(revisionsOf(await collect(connection.client.readStream(stream)))).toEqual([1n, 2n, 3n]);
  });

  it('applies maxCount to a stream subscription’s catch-up', async () => {
    const stream = uniqueStream('orders');
    await connection.client.appendToStream(stream, someEvents(4));
    await connection.client.setStreamMetadata(stream, { maxCount: 1 });
    const subscription = connection.client.subscribeToStream(stream, { fromRevision: START });
    const seen: bigint[] = [];
    subscription.on('data', (resolved: ResolvedEvent) => seen.push(resolved.event?.revision ?? -1n));
    try {
      // Catch-up reads the stream as it is when the subscription starts: one event left by maxCount.
      await eventually(() => seen.length >= 1);
      await connection.client.appendToStream(stream, someEvents(1));
      await eventually(() => seen.length >= 2);
      expect(seen).toEqual([3n, 4n]);
    } finally {
      await subscription.unsubscribe();
    }
  });

  it('checks the expected revision of a metadata write', async () => {
    const stream = uniqueStream('orders');
    await connection.client.setStreamMetadata(stream, { maxCount: 1 }, { expectedRevision: 'no_stream' });
    await expect(connection.client.setStreamMetadata(stream, { maxCount: 2 }, { expectedRevision: 'no_stream' })).rejects.toMatchObject({
      type: 'wrong-expected-version',
    });
    await expect(connection.client.setStreamMetadata(stream, { maxCount: 2 }, { expectedRevision: 0n })).resolves.toMatchObject({ success: true });
  });
});

describe('maxAge, by the stand-in’s clock', () => {
  it('hides events older than maxAge seconds from stream reads', async () => {
    let now = new Date('2026-03-01T00:00:00Z');
    const store = createMemoryEventStore({ clock: () => now });
    const connection = await connect({ store, clock: () => now });
    try {
      const stream = uniqueStream('orders');
      await connection.client.appendToStream(stream, someEvents(2));
      now = new Date('2026-03-01T00:10:00Z');
      await connection.client.appendToStream(stream, someEvents(1));
      await connection.client.setStreamMetadata(stream, { maxAge: 60 });
      expect(revisionsOf(await collect(connection.client.readStream(stream)))).toEqual([2n]);
      now = new Date('2026-03-01T00:12:00Z');
      expect(await collect(connection.client.readStream(stream))).toEqual([]);
    } finally {
      await disconnect(connection);
    }
  });
});

describe('resolveLinkTos', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect();
  });
  afterAll(() => disconnect(connection));

  it('follows $> links on stream reads: the target as event, the link as link', async () => {
    const stream = uniqueStream('invoice');
    const [placed] = seedForeignEvents(connection.standIn.store, stream);
    if (placed === undefined) throw new Error('nothing seeded');
    appendSystemProjectionLinks(connection.standIn.store, placed);
    const category = `$ce-invoice`;
    const unresolved = await collect(connection.client.readStream(category, { direction: 'backwards', fromRevision: 'end', maxCount: 1 }));
    expect(unresolved.map(({ event, link }) => [event?.type, link])).toEqual([['$>', undefined]]);
    const resolved = await collect(connection.client.readStream(category, { direction: 'backwards', fromRevision: 'end', maxCount: 1, resolveLinkTos: true }));
    expect(resolved.map(({ event, link }) => [event?.id, event?.streamId, link?.type, link?.streamId])).toEqual([[placed.id, stream, '$>', category]]);
  });

  it('follows links in $all reads and subscriptions too, and leaves event unset when the target is gone', async () => {
    const stream = uniqueStream('gone');
    await connection.client.appendToStream(stream, [jsonEvent({ type: 'Ditulis', data: {} })]);
    const [target] = connection.standIn.store.storage.streamRecords(stream);
    if (target === undefined) throw new Error('nothing written');
    const [link] = appendSystemProjectionLinks(connection.standIn.store, target);
    await connection.client.setStreamMetadata(stream, { truncateBefore: 1 });
    const all = await collect(connection.client.readAll({ fromPosition: START, resolveLinkTos: true }));
    const found = all.find((resolved) => resolved.link?.id === link?.id);
    expect(found).toMatchObject({ link: { type: '$>', streamId: '$ce-gone' } });
    expect(found?.event).toBeUndefined();
    const subscription = connection.client.subscribeToAll({ fromPosition: START, resolveLinkTos: true });
    try {
      for await (const resolved of subscription) {
        if (resolved.link?.id === link?.id) {
          expect(resolved.event).toBeUndefined();
          break;
        }
      }
    } finally {
      await subscription.unsubscribe();
    }
  });
});
