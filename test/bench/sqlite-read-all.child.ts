/**
 * readAll of a whole SQLite store with JSON decoding, against a raw SELECT + JSON.parse of the same
 * rows; run by event-store-sqlite.bench.ts in a process of its own. Prints one bench result line.
 * Best of five alternating rounds, so a burst of load on the machine hits both sides alike.
 */
import Database from 'better-sqlite3';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { type EventStore } from '@binaan/event-store';
import { benchResult, timed } from './bench-result';

const readAllDecoded = async (store: EventStore): Promise<number> => {
  let count = 0;
  for await (const event of store.readAll()) {
    if (event.data['schemaVersion'] === undefined) throw new Error('undecoded event');
    count += 1;
  }
  return count;
};

const rawReadPerSecond = (path: string): number => {
  const db = new Database(path, { readonly: true });
  const started = process.hrtime.bigint();
  let count = 0;
  for (const row of db.prepare('SELECT position, stream_name, revision, event_id, type, data, metadata, created FROM events ORDER BY position').iterate() as Iterable<{ data: string; metadata: string }>) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    JSON.parse(row.metadata);
    if (data['schemaVersion'] === undefined && !('participantId' in data)) throw new Error('undecoded row');
    count += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return count / seconds;
};

const main = async (path: string): Promise<void> => {
  const reader = createSqliteEventStore({ path, schema: binaanEventSchema });
  let read = { result: 0, seconds: Number.POSITIVE_INFINITY };
  let rawRead = 0;
  for (let round = 0; round < 5; round += 1) {
    const attempt = await timed(() => readAllDecoded(reader));
    if (attempt.seconds < read.seconds) read = attempt;
    rawRead = Math.max(rawRead, rawReadPerSecond(path));
  }
  await reader.close();
  const result = benchResult('sqlite-readall-decoded', { ops: read.result, seconds: read.seconds }, rawRead, { baseline: 'raw SELECT + JSON.parse', target_ratio: 0.75 });
  process.stdout.write(JSON.stringify(result));
};

const path = process.argv[2];
if (path === undefined) throw new Error('usage: sqlite-read-all.child.ts <events.db>');
main(path).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
