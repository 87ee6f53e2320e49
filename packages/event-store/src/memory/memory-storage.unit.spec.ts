import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { InvalidAppendError, type EventSchema, type ProposedEvent, type RecordedEvent } from '../port';
import { DELETED_STREAM_REVISION } from '../adapter-kit/stream-state';
import { createMemoryEventStore } from './memory-event-store';

const event = (n: number, type = 'ModuleAssessed'): ProposedEvent => ({ id: randomUUID(), type, data: { n } });

const collect = async <T>(items: AsyncIterable<T>): Promise<readonly T[]> => {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
};

const summary = (records: readonly RecordedEvent[]) =>
  records.map(({ position, streamName, revision, type, data }) => [position, streamName, revision, type, data]);

describe('memory event store storage', () => {
  it('lists every record in position order, with the records deletes write as EventStoreDB does', async () => {
    const store = createMemoryEventStore();
    await store.appendToStream('peserta-a', [event(0), event(1)]);
    await store.deleteStream('peserta-a');
    await store.appendToStream('peserta-a', [event(2)]);
    await store.tombstoneStream('peserta-b');
    expect(summary(store.storage.records())).toEqual([
      [1n, 'peserta-a', 0n, 'ModuleAssessed', { n: 0 }],
      [2n, 'peserta-a', 1n, 'ModuleAssessed', { n: 1 }],
      [3n, '$$peserta-a', 0n, '$metadata', { $tb: Number(DELETED_STREAM_REVISION) }],
      [4n, 'peserta-a', 2n, 'ModuleAssessed', { n: 2 }],
      [5n, '$$peserta-a', 1n, '$metadata', { $tb: 2 }],
      [6n, 'peserta-b', 9223372036854775807n, '$streamDeleted', {}],
    ]);
    expect(summary(store.storage.streamRecords('$$peserta-a')).map((record) => record[0])).toEqual([3n, 5n]);
    expect(store.storage.streamRecords('peserta-a')).toHaveLength(3);
  });

  it('stores frozen copies, so neither the caller nor a reader can change what was written', async () => {
    const store = createMemoryEventStore();
    const data = { n: 1, nested: { list: [1] } };
    await store.appendToStream('peserta-a', [{ id: randomUUID(), type: 'ModuleAssessed', data }]);
    data.nested.list.push(2);
    const [read] = await collect(store.readStream('peserta-a'));
    expect(read!.data).toEqual({ n: 1, nested: { list: [1] } });
    expect(Object.isFrozen(read!.data['nested'])).toBe(true);
  });

  it('tamper replaces a stored record for every later read, keeping its position', async () => {
    const store = createMemoryEventStore();
    const { position } = await store.appendToStream('peserta-a', [event(1)]);
    store.storage.tamper(position, (record) => ({ ...record, data: { n: 666 } }));
    expect((await collect(store.readStream('peserta-a'))).map((record) => record.data)).toEqual([{ n: 666 }]);
    expect((await collect(store.readAll())).map((record) => record.data)).toEqual([{ n: 666 }]);
    expect(() => store.storage.tamper(position, (record) => ({ ...record, position: 99n }))).toThrow(RangeError);
    expect(() => store.storage.tamper(42n, (record) => record)).toThrow(RangeError);
  });

  it('watch reports each new record once its write is complete, until unsubscribed', async () => {
    const store = createMemoryEventStore();
    const seen: string[] = [];
    const stop = store.storage.watch((record) => seen.push(`${record.streamName}@${record.revision}`));
    await store.appendToStream('peserta-a', [event(0), event(1)]);
    await store.tombstoneStream('peserta-a');
    await Promise.resolve();
    stop();
    await store.appendToStream('peserta-b', [event(2)]);
    await Promise.resolve();
    expect(seen).toEqual(['peserta-a@0', 'peserta-a@1', 'peserta-a@9223372036854775807']);
  });

  it('checks appends with the schema, upcasts reads and stamps writes with the clock', async () => {
    const schema: EventSchema = {
      check: (proposed) => {
        if (proposed.type !== 'ModuleAssessed') throw new InvalidAppendError('type', 'unknown event type');
      },
      upcast: (recorded) => ({ ...recorded, data: { ...recorded.data, upcast: true } }),
    };
    const store = createMemoryEventStore({ schema, clock: () => new Date('2024-03-01T08:00:00Z') });
    await expect(store.appendToStream('peserta-a', [event(1), event(2, 'Unknown')])).rejects.toMatchObject({ field: 'type' });
    expect(store.storage.records()).toEqual([]);
    await store.appendToStream('peserta-a', [event(1)]);
    const subscription = store.subscribeToAll();
    const first = await subscription[Symbol.asyncIterator]().next();
    await subscription.close();
    const [read] = await collect(store.readStream('peserta-a'));
    const [all] = await collect(store.readAll());
    expect([read!.data, all!.data]).toEqual([{ n: 1, upcast: true }, { n: 1, upcast: true }]);
    expect(first.value).toMatchObject({ kind: 'event', event: { data: { n: 1, upcast: true } } });
    expect(read!.created).toEqual(new Date('2024-03-01T08:00:00Z'));
  });

  it('close() ends open subscriptions', async () => {
    const store = createMemoryEventStore();
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'caughtUp' });
    const waiting = iterator.next();
    await store.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});
