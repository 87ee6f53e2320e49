import { randomUUID } from 'node:crypto';
import { DeadlineExceededError, EventStoreDBClient } from '@eventstore/db-client';
import type { EventStore } from '@binaan/event-store';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { collect, failureOf } from './stand-in-fixtures';
import { startEsdbStandIn, type EsdbStandIn } from './';

/** The esdb adapter under server-side settings it does not control: stream metadata, deadlines. */

const event = (n: number) => ({ id: randomUUID(), type: 'KelasDihadiri', data: { n } });

describe('esdb adapter: stream metadata another tool set', () => {
  let standIn: EsdbStandIn;
  let store: EventStore;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    standIn = await startEsdbStandIn();
    store = createEsdbEventStore({ connectionString: standIn.connectionString });
    client = EventStoreDBClient.connectionString(standIn.connectionString);
  });
  afterAll(async () => {
    await client.dispose();
    await store.close();
    await standIn.stop();
  });

  it('reads a stream as its retention leaves it, while readAll still holds every event (until a scavenge)', async () => {
    const streamName = `kelas-${randomUUID()}`;
    await store.appendToStream(streamName, [event(0), event(1), event(2), event(3)]);
    await client.setStreamMetadata(streamName, { maxCount: 2 });
    expect((await collect(store.readStream(streamName))).map((recorded) => recorded.data['n'])).toEqual([2, 3]);
    expect((await collect(store.readStream(streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 }))).map((r) => r.revision)).toEqual([3n]);
    const inAll = (await collect(store.readAll({ filter: { streamPrefixes: [streamName] } }))).map((recorded) => recorded.data['n']);
    expect(inAll).toEqual([0, 1, 2, 3]);
  });

  it('appends at the next revision though earlier events are truncated away', async () => {
    const streamName = `kelas-${randomUUID()}`;
    await store.appendToStream(streamName, [event(0), event(1), event(2)]);
    await client.setStreamMetadata(streamName, { truncateBefore: 2 });
    await expect(store.appendToStream(streamName, [event(3)], { expectedRevision: 2n })).resolves.toMatchObject({ nextExpectedRevision: 3n });
    expect((await collect(store.readStream(streamName))).map((recorded) => recorded.revision)).toEqual([2n, 3n]);
  });
});

describe('esdb adapter: a server slower than the deadline', () => {
  let standIn: EsdbStandIn;
  beforeAll(async () => {
    standIn = await startEsdbStandIn();
  });
  afterAll(() => standIn.stop());

  it('retries a batch that missed its deadline and writes it once when the server catches up', async () => {
    const store = createEsdbEventStore({ connectionString: `${standIn.connectionString}&defaultDeadline=150` });
    try {
      const streamName = `kelas-${randomUUID()}`;
      standIn.delayAppends(400);
      // The first attempt misses its deadline; by the retry the server is quick again.
      setTimeout(() => standIn.delayAppends(0), 200);
      await expect(store.appendToStream(streamName, [event(0)], { expectedRevision: 'no_stream' })).resolves.toMatchObject({ nextExpectedRevision: 0n });
      expect(await collect(store.readStream(streamName))).toHaveLength(1);
    } finally {
      standIn.delayAppends(0);
      await store.close();
    }
  });

  it('gives the caller DeadlineExceeded when every attempt misses it, and nothing is written', async () => {
    const store = createEsdbEventStore({ connectionString: `${standIn.connectionString}&defaultDeadline=100` });
    try {
      const streamName = `kelas-${randomUUID()}`;
      standIn.delayAppends(300);
      const error = await failureOf(store.appendToStream(streamName, [event(0)]));
      expect(error).toBeInstanceOf(DeadlineExceededError);
      standIn.delayAppends(0);
      await expect(collect(store.readStream(streamName))).rejects.toMatchObject({ code: 'StreamNotFound' });
    } finally {
      standIn.delayAppends(0);
      await store.close();
    }
  });
});
