import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import type { EventStore, RecordedEvent, SkippedRecords } from '@binaan/event-store';
import { createEsdbEventStore, UndecodableEventError } from '@binaan/event-store-esdb';
import { collect, failureOf } from './stand-in-fixtures';
import { appendRecord, appendSystemProjectionLinks, seedForeignEvents, seedServerRecords, startEsdbStandIn, type EsdbStandIn } from './';

/** What the esdb adapter does with a `$all` it shares with the server and with other applications. */

const own = (n: number) => ({ id: randomUUID(), type: 'KelasDihadiri', data: { n } });

/** Events of one prefix from a subscription, up to `count` of them. */
const subscribed = async (store: EventStore, prefix: string, count: number): Promise<readonly RecordedEvent[]> => {
  const subscription = store.subscribeToAll({ fromPosition: 'start' });
  const seen: RecordedEvent[] = [];
  try {
    for await (const item of subscription) {
      if (item.kind === 'event' && item.event.streamName.startsWith(prefix)) seen.push(item.event);
      if (seen.length >= count) break;
    }
  } finally {
    await subscription.close();
  }
  return seen;
};

describe('esdb adapter: system records, links and other applications’ events in $all', () => {
  let standIn: EsdbStandIn;
  let store: EventStore;
  const prefix = `kelas-${randomUUID()}-`;
  let before: SkippedRecords;

  beforeAll(async () => {
    standIn = await startEsdbStandIn();
    store = createEsdbEventStore({ connectionString: standIn.connectionString, ownStreamPrefixes: ['kelas-'] });
    before = store.skippedRecords?.() ?? { system: -1, links: -1, foreign: -1, foreignStreams: -1 };
    await store.appendToStream(`${prefix}1`, [own(0)]);
    seedServerRecords(standIn.store);
    const foreign = seedForeignEvents(standIn.store, 'orders-7');
    seedForeignEvents(standIn.store, 'invoices-3');
    foreign.forEach((event) => appendSystemProjectionLinks(standIn.store, event));
    await store.appendToStream(`${prefix}1`, [own(1), own(2)]);
  });
  afterAll(async () => {
    await store.close();
    await standIn.stop();
  });

  it('reads and subscribes past them without failing, passing on only its own events, in order', async () => {
    const read = (await collect(store.readAll())).filter((event) => event.streamName.startsWith('kelas-'));
    expect(read.map((event) => event.data['n'])).toEqual([0, 1, 2]);
    expect((await subscribed(store, prefix, 3)).map((event) => event.data['n'])).toEqual([0, 1, 2]);
    expect((await collect(store.readAll())).every((event) => event.streamName.startsWith('kelas-'))).toBe(true);
  });

  it('counts each skipped record once, by reason, however many reads pass it', async () => {
    await collect(store.readAll());
    const once = store.skippedRecords?.();
    await collect(store.readAll());
    await subscribed(store, prefix, 3);
    expect(store.skippedRecords?.()).toEqual(once);
    expect(before).toEqual({ system: 0, links: 0, foreign: 0, foreignStreams: 0 });
    // 8 server records; 5 + 5 foreign events in 2 streams; 5 × ($ce, $et) + 1 $streams link.
    expect(once).toEqual({ system: 8, links: 11, foreign: 10, foreignStreams: 2 });
  });

  it('gives {} as metadata for an own event written without metadata (by another tool)', async () => {
    const client = EventStoreDBClient.connectionString(standIn.connectionString);
    try {
      const streamName = `${prefix}tanpa-metadata`;
      await client.appendToStream(streamName, [jsonEvent({ type: 'KelasDihadiri', data: { n: 9 } })]);
      const [event] = await collect(store.readStream(streamName));
      expect(event).toMatchObject({ data: { n: 9 }, metadata: {} });
    } finally {
      await client.dispose();
    }
  });
});

describe('esdb adapter: an own event it cannot decode', () => {
  let standIn: EsdbStandIn;
  let store: EventStore;
  beforeAll(async () => {
    standIn = await startEsdbStandIn();
    store = createEsdbEventStore({ connectionString: standIn.connectionString, ownStreamPrefixes: ['kelas-'] });
  });
  afterAll(async () => {
    await store.close();
    await standIn.stop();
  });

  it('stops reads and subscriptions there, naming position, type and reason, never the content', async () => {
    const streamName = `kelas-${randomUUID()}`;
    await store.appendToStream(streamName, [own(0)]);
    const corrupt = appendRecord(standIn.store, { streamName, type: 'KelasDihadiri', data: Buffer.from('rahasia', 'utf8') });
    const readError = await failureOf(collect(store.readAll()));
    expect(readError).toBeInstanceOf(UndecodableEventError);
    expect(readError).toMatchObject({ eventType: 'KelasDihadiri', streamName });
    expect(String(readError)).toMatch(/cannot be read: its data is binary \(application\/octet-stream\), not a JSON object/);
    expect(String(readError)).not.toMatch(/rahasia/);
    const streamError = await failureOf(collect(store.readStream(streamName)));
    expect(streamError).toBeInstanceOf(UndecodableEventError);
    const subscriptionError = await failureOf(subscribed(store, 'kelas-', 5));
    expect(subscriptionError).toMatchObject({ eventType: 'KelasDihadiri', position: (readError as UndecodableEventError).position });
    expect(corrupt.type).toBe('KelasDihadiri');
  });
});
