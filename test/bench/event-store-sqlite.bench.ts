/**
 * Workload W1 through command handling (participants × 10 commands, round-robin, one at a time) on
 * the memory and SQLite stores, against raw better-sqlite3 (one insert per transaction, same
 * pragmas); then readAll of the store it wrote (sqlite-read-all.child.ts).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { type EventStore } from '@binaan/event-store';
import { participantHandlerFor } from '../support/participant-handler';
import { commandEnvelope, w1Command, W1_COMMANDS_PER_PARTICIPANT } from '../support/w1-commands';
import { benchResult, timed, type BenchOptions, type BenchResult } from './bench-result';

/** A row like the ones W1 writes (same columns, metadata of the same shape, the same participant streams), one transaction at a time, with the adapter's pragmas. */
const openRawBaseline = (path: string, participantIds: readonly string[]) => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_name TEXT NOT NULL, revision INTEGER NOT NULL,
    event_id TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, created INTEGER NOT NULL);
    CREATE UNIQUE INDEX events_by_stream_revision ON events (stream_name, revision);`);
  const insert = db.prepare('INSERT INTO events (stream_name, revision, event_id, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const data = JSON.stringify({ schemaVersion: 2, participantId: randomUUID(), moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-09-10' });
  // The metadata every W1 event carries (build-proposed-events.ts), so the row is the size W1 writes.
  const metadata = JSON.stringify({
    actor: { id: 'assessor-bench', role: 'assessor' },
    causationId: randomUUID(),
    commandFingerprint: 'e'.repeat(64),
    commandId: randomUUID(),
    correlationId: randomUUID(),
    eventId: randomUUID(),
    hash: 'f'.repeat(64),
    prevHash: '0'.repeat(64),
    recordedAt: new Date().toISOString(),
  });
  // Into W1's own participant streams, round-robin as W1 writes them, so the index grows as W1's does.
  const insertOne = db.transaction((index: number) =>
    insert.run(
      `participant-${participantIds[index % participantIds.length]}`,
      Math.floor(index / participantIds.length),
      randomUUID(),
      'ModuleCompleted',
      data,
      metadata,
      Date.now(),
    ),
  );
  let inserted = 0;
  return {
    insertTimed: (rows: number): number => {
      const started = process.hrtime.bigint();
      for (let index = 0; index < rows; index += 1) insertOne.immediate(inserted++);
      return Number(process.hrtime.bigint() - started) / 1e9;
    },
    close: () => db.close(),
  };
};

/** Lets the event loop turn, as it does between the requests of an API or any other I/O-driven caller. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * W1 issued round-robin, one command at a time. The disk's fsync latency drifts over a run, so the
 * raw-insert baseline runs in slices between the W1 slices, as many inserts as commands, and both see
 * the same conditions.
 * Each command is its own turn of the event loop: a loop of awaits that never yields (better-sqlite3
 * answers synchronously) starves V8's incremental GC tasks, and peak RSS then swung 240–310 MB
 * between identical runs.
 */
export const runW1 = async (store: EventStore, participants: number, baselinePath: string) => {
  const handle = await participantHandlerFor(store);
  const ids = Array.from({ length: participants }, () => randomUUID());
  const baseline = openRawBaseline(baselinePath, ids);
  const slice = Math.max(1, Math.floor(participants / 10));
  let seconds = 0;
  let baselineSeconds = 0;
  let baselineRows = 0;
  for (let step = 0; step < W1_COMMANDS_PER_PARTICIPANT; step += 1) {
    for (let from = 0; from < participants; from += slice) {
      const to = Math.min(participants, from + slice);
      // The commands are made before the clock starts: building them is the caller's work, not the store's.
      const envelopes = Array.from({ length: to - from }, (_, offset) => commandEnvelope(w1Command(from + offset, ids[from + offset] as string, step)));
      const measured = await timed(async () => {
        for (const envelope of envelopes) {
          const result = await handle(envelope);
          if (result._tag === 'Left') throw new Error(`W1 command ${envelope.command.type} was not accepted`);
          await nextTurn();
        }
      });
      seconds += measured.seconds;
      // One raw insert for each command of the slice: the baseline's table ends as large as W1's store,
      // and it samples the machine for as many commits as W1 does (a fifth was tried: runs then swung
      // 0.47-0.63, mostly with the baseline's short samples).
      baselineSeconds += baseline.insertTimed(to - from);
      baselineRows += to - from;
    }
  }
  baseline.close();
  return { ops: participants * W1_COMMANDS_PER_PARTICIPANT, seconds, baselinePerSecond: baselineRows / baselineSeconds };
};

/**
 * readAll of the store W1 wrote, in a process of its own, as an audit or a rebuild would open the
 * file: its peak RSS is then its own, not W1's heap and caches on top of its reads.
 */
const readAllInOwnProcess = (path: string): BenchResult => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'sqlite-read-all.child.ts'), path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the readAll bench exited with ${child.status}`);
  return JSON.parse(child.stdout) as BenchResult;
};

export const run = async ({ quick }: BenchOptions): Promise<BenchResult[]> => {
  const participants = quick ? 1_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'binaan-bench-'));
  try {
    const path = join(dir, 'events.db');
    const sqlite = createSqliteEventStore({ path, schema: binaanEventSchema });
    const onSqlite = await runW1(sqlite, participants, join(dir, 'raw.db'));
    await sqlite.close();
    const w1 = benchResult('w1-commands-sqlite', onSqlite, onSqlite.baselinePerSecond, { participants, baseline: 'raw better-sqlite3, one insert per transaction', target_ratio: 0.5 });
    return [w1, readAllInOwnProcess(path)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
