import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import type { EventStore, RecordedEvent } from '@binaan/event-store';
import { createSqliteEventStore } from './sqlite-event-store';

const run = promisify(execFile);
const APPENDS_PER_PROCESS = 600;

/**
 * Each child opens the store, says it is ready, and waits for the parent's go (a file), so both write
 * at once however long each took to start; then it appends to a stream shared by both (any) and to its
 * own (exact revisions).
 */
const childScript = (adapterPath: string) => `
  const { randomUUID } = require('node:crypto');
  const { existsSync, writeFileSync } = require('node:fs');
  const { createSqliteEventStore } = require(${JSON.stringify(adapterPath)});
  const [path, label] = process.argv.slice(2);
  const store = createSqliteEventStore({ path, synchronous: 'normal' });
  const event = (n) => ({ id: randomUUID(), type: 'ContactLogged', data: { label, n } });
  const appendAll = async () => {
    writeFileSync(path + '.ready-' + label, '');
    while (!existsSync(path + '.go')) await new Promise((resolve) => setTimeout(resolve, 5));
    for (let n = 0; n < ${APPENDS_PER_PROCESS}; n += 1) {
      await store.appendToStream('kontak-shared', [event(n)]);
      await store.appendToStream('kontak-' + label, [event(n)], { expectedRevision: n === 0 ? 'no_stream' : BigInt(n - 1) });
    }
    await store.close();
  };
  appendAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
`;

/** Each child waits for a common start time (give or take 20 ms), then opens the new file, appends once and closes. */
const openerScript = (adapterPath: string) => `
  const { randomUUID } = require('node:crypto');
  const { createSqliteEventStore } = require(${JSON.stringify(adapterPath)});
  const [path, label, startAt] = process.argv.slice(2);
  const openAndAppend = async () => {
    const openAt = Number(startAt) + Math.random() * 20;
    while (Date.now() < openAt) {}
    const store = createSqliteEventStore({ path });
    await store.appendToStream('kontak-' + label, [{ id: randomUUID(), type: 'ContactLogged', data: { label } }]);
    await store.close();
  };
  openAndAppend().catch((error) => {
    console.error(error);
    process.exit(1);
  });
`;

const collect = async (items: AsyncIterable<RecordedEvent>): Promise<readonly RecordedEvent[]> => {
  const collected: RecordedEvent[] = [];
  for await (const item of items) collected.push(item);
  return collected;
};

describe('sqlite event store shared by several connections', () => {
  let directory: string;
  let path: string;
  const opened: EventStore[] = [];
  const open = (options: { readonly busyTimeoutMs?: number; readonly pollIntervalMs?: number } = {}) => {
    const store = createSqliteEventStore({ path, synchronous: 'normal', ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'binaan-sqlite-shared-'));
    path = join(directory, 'events.sqlite');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    rmSync(directory, { recursive: true, force: true });
  });

  it('two processes appending to one file both succeed, with one global order', async () => {
    const script = join(directory, 'append.js');
    writeFileSync(script, childScript(join(__dirname, 'index.ts')));
    const child = (label: string) => run(process.execPath, ['--require', require.resolve('tsx/cjs'), script, path, label]);
    const children = Promise.all([child('a'), child('b')]);
    let ended = false;
    children.catch(() => undefined).finally(() => (ended = true));
    // A child that dies before it is ready ends the wait; awaiting `children` then reports why.
    while (!ended && !(existsSync(`${path}.ready-a`) && existsSync(`${path}.ready-b`))) await new Promise((resolve) => setTimeout(resolve, 10));
    writeFileSync(`${path}.go`, '');
    await children;
    const store = open();
    const all = await collect(store.readAll());
    expect(all).toHaveLength(4 * APPENDS_PER_PROCESS);
    expect(new Set(all.map((event) => event.position)).size).toBe(all.length);
    for (const label of ['a', 'b']) {
      const own = await collect(store.readStream(`kontak-${label}`));
      expect(own.map((event) => event.revision)).toEqual(own.map((_, n) => BigInt(n)));
    }
    const shared = (await collect(store.readStream('kontak-shared'))).map((event) => event.data['label']);
    expect(shared).toHaveLength(2 * APPENDS_PER_PROCESS);
    const turns = shared.filter((label, n) => n > 0 && label !== shared[n - 1]).length;
    expect(turns).toBeGreaterThan(1);
  }, 30_000);

  it('several processes opening one new file at the same moment all open it and append', async () => {
    const script = join(directory, 'open.js');
    writeFileSync(script, openerScript(join(__dirname, 'index.ts')));
    const labels = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let round = 0; round < 2; round += 1) {
      const file = join(directory, `new-${round}.sqlite`);
      const startAt = String(Date.now() + 1_500);
      // Setting up a new file switches it to WAL, a step SQLite's busy handler does not wait for.
      await Promise.all(labels.map((label) => run(process.execPath, ['--require', require.resolve('tsx/cjs'), script, file, label, startAt])));
      const store = createSqliteEventStore({ path: file });
      opened.push(store);
      expect((await collect(store.readAll())).map((event) => event.data['label']).sort()).toEqual(labels);
    }
  }, 60_000);

  it('retries an append while another connection holds the write lock past busy_timeout', async () => {
    const store = open({ busyTimeoutMs: 20 });
    await store.appendToStream('kontak-x', [{ id: randomUUID(), type: 'ContactLogged', data: {} }]);
    const locker = new Database(path);
    locker.exec('BEGIN IMMEDIATE');
    setTimeout(() => {
      locker.exec('COMMIT');
      locker.close();
    }, 60);
    const result = await store.appendToStream('kontak-x', [{ id: randomUUID(), type: 'ContactLogged', data: {} }]);
    expect(result.nextExpectedRevision).toBe(1n);
  });

  it("a subscription sees another connection's appends by polling", async () => {
    const reader = open({ pollIntervalMs: 10 });
    const writer = open();
    const subscription = reader.subscribeToAll({ fromPosition: 'end' });
    const items = subscription[Symbol.asyncIterator]();
    expect((await items.next()).value).toEqual({ kind: 'caughtUp' });
    const id = randomUUID();
    await writer.appendToStream('kontak-y', [{ id, type: 'ContactLogged', data: {} }]);
    expect((await items.next()).value).toMatchObject({ kind: 'event', event: { id } });
    await subscription.close();
  });
});
