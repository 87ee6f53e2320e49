import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { verifyStreamChain } from '@binaan/integrity';
import { type RecordedEvent } from '@binaan/event-store';
import { BATCH_SIZE } from './append-batches.child';
import { exitOf, spawnTs, waitForLine } from './run-child';

const KILLS = 20;

const readEverything = async (path: string): Promise<RecordedEvent[]> => {
  const store = createSqliteEventStore({ path });
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll({ filter: { streamPrefixes: ['crash-'] } })) events.push(event);
  await store.close();
  return events;
};

describe('sqlite: atomic appends under SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binaan-crash-'));
  const path = join(dir, 'events.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps whole appends and a verifiable chain after ${KILLS} kills mid-append`, async () => {
    let previousCount = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const child = spawnTs(join(__dirname, 'append-batches.child.ts'), [path]);
      const exited = exitOf(child);
      await waitForLine(child, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250));
      child.kill('SIGKILL');
      expect((await exited).signal).toBe('SIGKILL');

      const events = await readEverything(path);
      const sizes = new Map<string, number>();
      for (const event of events) {
        const batch = String(event.metadata['batch']);
        sizes.set(batch, (sizes.get(batch) ?? 0) + 1);
      }
      expect([...sizes.values()].every((size) => size === BATCH_SIZE)).toBe(true);
      const streams = new Map<string, RecordedEvent[]>();
      for (const event of events) streams.set(event.streamName, [...(streams.get(event.streamName) ?? []), event]);
      for (const stream of streams.values()) expect(await verifyStreamChain(stream)).toEqual([]);
      expect(events.length).toBeGreaterThanOrEqual(previousCount);
      previousCount = events.length;
    }
    expect(previousCount).toBeGreaterThan(KILLS * BATCH_SIZE);
  }, 180_000);
});
