import { randomUUID } from 'node:crypto';
import { START, binaryEvent, excludeSystemEvents, jsonEvent, type AllStreamResolvedEvent } from '@eventstore/db-client';
import { appendRecord, appendSystemProjectionLinks, seedForeignEvents, seedServerRecords } from './';
import { collect, connect, disconnect, uniqueStream, type Connection } from './stand-in-fixtures';

let connection: Connection;
beforeAll(async () => {
  connection = await connect();
});
afterAll(() => disconnect(connection));

const readAllOf = async (): Promise<readonly AllStreamResolvedEvent[]> => collect(connection.client.readAll({ fromPosition: START }));

describe('events of any content, as a server stores them', () => {
  it('reads back binary data, JSON strings and arrays, and metadata that is not JSON, byte for byte', async () => {
    const stream = uniqueStream('orders');
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const notJson = Buffer.from('carrier=JNE; not json', 'utf8');
    await connection.client.appendToStream(stream, [
      binaryEvent({ type: 'InvoicePdfAttached', data: pdf, metadata: notJson }),
      jsonEvent({ type: 'NoteAdded', data: 'a JSON string' as never }),
      jsonEvent({ type: 'LinesReplaced', data: [1, 2, 3] as never }),
    ]);
    const read = await collect(connection.client.readStream(stream));
    expect(read.map(({ event }) => [event?.type, event?.isJson, event?.data, event?.metadata])).toEqual([
      ['InvoicePdfAttached', false, new Uint8Array(pdf), new Uint8Array(notJson)],
      ['NoteAdded', true, 'a JSON string', undefined],
      ['LinesReplaced', true, [1, 2, 3], undefined],
    ]);
  });

  it('reads back an event appended without metadata with metadata undefined, as 6.2.1 surfaces an empty one', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, [jsonEvent({ type: 'Tanpa', data: { a: 1 } }), jsonEvent({ type: 'Dengan', data: {}, metadata: {} })]);
    const read = await collect(connection.client.readStream(stream));
    expect(read.map(({ event }) => event?.metadata)).toEqual([undefined, {}]);
  });

  it('keeps the JSON bytes a client sent (whitespace, key order), not a re-serialised copy', async () => {
    const stream = uniqueStream('peserta');
    const bytes = Buffer.from('{ "b": 1,\n  "a": 2 }', 'utf8');
    await connection.client.appendToStream(stream, [binaryEvent({ type: 'Mentah', data: bytes })]);
    const [only] = await collect(connection.client.readStream(stream));
    expect(Buffer.from(only?.event?.data as Uint8Array).toString('utf8')).toBe('{ "b": 1,\n  "a": 2 }');
  });

  it('shows a tampered record as the memory store now holds it, not as it was sent', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, [jsonEvent({ type: 'Asli', data: { value: 1 } })]);
    const [record] = connection.standIn.store.storage.streamRecords(stream);
    connection.standIn.store.storage.tamper(record?.position ?? 0n, (original) => ({ ...original, data: { value: 2 } }));
    const [only] = await collect(connection.client.readStream(stream));
    expect(only?.event?.data).toEqual({ value: 2 });
  });
});

describe('system records and other applications’ events in $all', () => {
  it('shows seeded server records, links and foreign events in an unfiltered $all, and none of the $ ones through excludeSystemEvents', async () => {
    const stream = uniqueStream('orders');
    const server = seedServerRecords(connection.standIn.store);
    const foreign = seedForeignEvents(connection.standIn.store, stream);
    const links = foreign.flatMap((event) => appendSystemProjectionLinks(connection.standIn.store, event));
    const ids = new Set([...server, ...foreign, ...links].map((record) => record.id));
    const all = (await readAllOf()).filter(({ event }) => event !== undefined && ids.has(event.id));
    expect(all).toHaveLength(ids.size);
    expect(all.filter(({ event }) => event?.type === '$>').map(({ event }) => Buffer.from(event?.data as Uint8Array).toString('utf8'))).toContain(
      `0@${stream}`,
    );
    // The 6.x client sends no filter with readAll; a subscription carries it.
    const subscription = connection.client.subscribeToAll({ fromPosition: START, filter: excludeSystemEvents() });
    const seenFiltered: string[] = [];
    try {
      for await (const resolved of subscription) {
        if (resolved.event !== undefined && ids.has(resolved.event.id)) seenFiltered.push(resolved.event.streamId);
        if (resolved.event?.id === foreign.at(-1)?.id) break;
      }
    } finally {
      await subscription.unsubscribe();
    }
    expect(seenFiltered).toEqual(foreign.map(() => stream));
  });

  it('gives foreign events their payloads as written: binary as bytes, strings and arrays parsed, metadata absent or raw', async () => {
    const stream = uniqueStream('orders');
    seedForeignEvents(connection.standIn.store, stream);
    const read = await collect(connection.client.readStream(stream));
    expect(read.map(({ event }) => [event?.type, event?.isJson, event?.data, event?.metadata])).toEqual([
      ['OrderPlaced', true, { orderId: 7, lines: 2 }, undefined],
      ['InvoicePdfAttached', false, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), undefined],
      ['NoteAdded', true, 'a JSON string, not an object', { source: 'crm' }],
      ['LinesReplaced', true, [1, 2, 3], undefined],
      ['OrderShipped', true, { orderId: 7 }, new Uint8Array(Buffer.from('carrier=JNE; not json', 'utf8'))],
    ]);
  });

  it('writes a seeded record with the id, stream and type given, at the next revision', async () => {
    const id = randomUUID();
    const record = appendRecord(connection.standIn.store, { streamName: '$stats-10.0.0.1:2113', type: '$statsCollected', data: { cpu: 1 }, id });
    const again = appendRecord(connection.standIn.store, { streamName: '$stats-10.0.0.1:2113', type: '$statsCollected', data: { cpu: 2 } });
    expect(record).toMatchObject({ id, streamName: '$stats-10.0.0.1:2113', type: '$statsCollected' });
    expect(again.revision).toBe(record.revision + 1n);
    const read = await collect(connection.client.readStream('$stats-10.0.0.1:2113'));
    expect(read.map(({ event }) => event?.data)).toEqual([{ cpu: 1 }, { cpu: 2 }]);
  });
});
