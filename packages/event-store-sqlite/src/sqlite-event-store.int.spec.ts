import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { InvalidAppendError, InvalidArgumentError, type EventSchema, type EventStore, type ProposedEvent } from '@binaan/event-store';
import { createSqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
import { BY_STREAM_FORWARDS } from './sqlite-statements';

const event = (n: number, type = 'ModuleAssessed'): ProposedEvent => ({ id: randomUUID(), type, data: { n } });

const collect = async <T>(items: AsyncIterable<T>): Promise<readonly T[]> => {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
};

describe('sqlite event store', () => {
  let directory: string;
  let path: string;
  const opened: EventStore[] = [];
  const open = (options: Omit<SqliteEventStoreOptions, 'path'> = {}): EventStore => {
    const store = createSqliteEventStore({ path, synchronous: 'normal', ...options });
    opened.push(store);
    return store;
  };
  const rawConnection = () => {
    const db = new Database(path);
    db.defaultSafeIntegers(true);
    return db;
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'binaan-sqlite-'));
    path = join(directory, 'events.sqlite');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps events across reopening the file, and positions keep growing', async () => {
    const first = open();
    const written = await first.appendToStream('peserta-a', [event(1), event(2)]);
    await first.close();
    const second = open();
    expect((await collect(second.readStream('peserta-a'))).map((recorded) => recorded.data)).toEqual([{ n: 1 }, { n: 2 }]);
    const next = await second.appendToStream('peserta-a', [event(3)], { expectedRevision: 1n });
    expect(next.position > written.position).toBe(true);
  });

  it('stores positions beyond 2^53 without rounding', async () => {
    const store = open();
    await store.appendToStream('peserta-a', [event(1)]);
    const db = rawConnection();
    db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'").run(2n ** 53n + 10n);
    db.close();
    const result = await store.appendToStream('peserta-a', [event(2), event(3)]);
    expect(result.position).toBe(2n ** 53n + 12n);
    const all = await collect(store.readAll({ fromPosition: 2n ** 53n + 11n }));
    expect(all.map((recorded) => recorded.position)).toEqual([2n ** 53n + 11n, 2n ** 53n + 12n]);
    const subscription = store.subscribeToAll({ fromPosition: 2n ** 53n + 11n });
    const first = await subscription[Symbol.asyncIterator]().next();
    await subscription.close();
    expect(first.value).toMatchObject({ kind: 'event', event: { position: 2n ** 53n + 12n } });
  });

  it('stores revisions beyond 2^53 without rounding', async () => {
    const store = open();
    const db = rawConnection();
    db.prepare(
      `INSERT INTO events (stream_name, revision, event_id, type, data, metadata, created)
       VALUES ('peserta-long', ?, ?, 'ModuleAssessed', '{"n":0}', '{}', 0)`,
    ).run(2n ** 53n + 5n, randomUUID());
    db.close();
    await expect(store.appendToStream('peserta-long', [event(1)], { expectedRevision: 2n ** 53n + 4n })).rejects.toMatchObject({
      actual: 2n ** 53n + 5n,
    });
    const result = await store.appendToStream('peserta-long', [event(1)], { expectedRevision: 2n ** 53n + 5n });
    expect(result.nextExpectedRevision).toBe(2n ** 53n + 6n);
    const backwards = await collect(store.readStream('peserta-long', { direction: 'backwards' }));
    expect(backwards.map((recorded) => recorded.revision)).toEqual([2n ** 53n + 6n, 2n ** 53n + 5n]);
  });

  it('checks appends with the schema, upcasts reads with it and stamps writes with the clock', async () => {
    const schema: EventSchema = {
      check: (proposed) => {
        if (proposed.type !== 'ModuleAssessed') throw new InvalidAppendError('type', `unknown event type`);
      },
      upcast: (recorded) => ({ ...recorded, data: { ...recorded.data, upcast: true } }),
    };
    const store = open({ schema, clock: () => new Date('2024-03-01T08:00:00Z') });
    await expect(store.appendToStream('peserta-a', [event(1), event(2, 'Unknown')])).rejects.toMatchObject({ field: 'type' });
    await store.appendToStream('peserta-a', [event(1)]);
    const [read] = await collect(store.readStream('peserta-a'));
    const [all] = await collect(store.readAll());
    expect([read!.data, all!.data]).toEqual([{ n: 1, upcast: true }, { n: 1, upcast: true }]);
    expect(read!.created).toEqual(new Date('2024-03-01T08:00:00Z'));
  });

  it('reads across page boundaries in both directions', async () => {
    const store = open();
    for (let batch = 0; batch < 5; batch += 1) {
      await store.appendToStream('peserta-long', Array.from({ length: 500 }, (_, n) => event(batch * 500 + n)));
    }
    const numbers = (events: readonly { readonly data: { readonly [key: string]: unknown } }[]) =>
      events.map((recorded) => recorded.data['n']);
    const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, n) => from + n * step);
    expect(numbers(await collect(store.readAll()))).toEqual(range(0, 2500));
    expect(numbers(await collect(store.readAll({ direction: 'backwards', maxCount: 1500 })))).toEqual(range(2499, 1500, -1));
    expect(numbers(await collect(store.readStream('peserta-long', { fromRevision: 100n, maxCount: 1500 })))).toEqual(
      range(100, 1500),
    );
    const backwards = await collect(store.readStream('peserta-long', { direction: 'backwards', fromRevision: 2200n }));
    expect(numbers(backwards)).toEqual(range(2200, 2201, -1));
  });

  it('reads stream after stream across page boundaries, over the stream index, in the byte order of the names', async () => {
    const store = open();
    // Appended round-robin, so every page of a read by position holds every stream. U+FF21 sorts before
    // U+1F600 in UTF-8 bytes but after it in JavaScript's UTF-16 order.
    const streams = ['peserta-\u{1F600}', 'peserta-\uFF21', 'peserta-b', 'peserta-a', 'peserta-z', 'peserta-a-2'];
    for (let round = 0; round < 500; round += 1) {
      for (const [index, streamName] of streams.entries()) await store.appendToStream(streamName, [event(round * streams.length + index)]);
    }
    const untilPosition = (await store.appendToStream('peserta-b', [event(-1)])).position - 1n;
    await store.appendToStream('peserta-a', [event(-2)]);
    const byStream = await collect(store.readAllByStream!({ untilPosition }));
    const order = [...streams].sort((left, right) => Buffer.compare(Buffer.from(left), Buffer.from(right)));
    expect(byStream.map((recorded) => `${recorded.streamName} ${recorded.revision}`)).toEqual(
      order.flatMap((streamName) => Array.from({ length: 500 }, (_, revision) => `${streamName} ${revision}`)),
    );
    expect(order.indexOf('peserta-\uFF21')).toBeLessThan(order.indexOf('peserta-\u{1F600}'));
    // Each page a search of the index after the last (stream, revision), not a scan from its start.
    const plan = rawConnection().prepare(`EXPLAIN QUERY PLAN ${BY_STREAM_FORWARDS}`).all('', -1, 10, 10) as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual(['SEARCH events USING INDEX events_by_stream_revision ((stream_name,revision)>(?,?))']);
  });

  it('refuses bad options with InvalidArgumentError naming the field', () => {
    expect(() => createSqliteEventStore({ path: '' })).toThrow(InvalidArgumentError);
    expect(() => open({ pollIntervalMs: 0 })).toThrow(expect.objectContaining({ field: 'options.pollIntervalMs' }));
    expect(() => open({ synchronous: 'off' as 'full' })).toThrow(expect.objectContaining({ field: 'options.synchronous' }));
  });

  it('refuses a file written by a newer schema version', async () => {
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => open()).toThrow(/schema version 99/);
  });
});
