/**
 * W1 through command handling on SQLite with 1, 8 and 50 concurrent writers (each writer works through
 * its own participants one command at a time, as a member of staff would), with group commit on and,
 * for comparison, off. Baseline, measured in the same run on the same disk: raw better-sqlite3, one
 * insert per transaction (one fsync per row), as in the W1 bench.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { participantHandlerFor } from '../support/participant-handler';
import { commandEnvelope, w1Command, W1_COMMANDS_PER_PARTICIPANT } from '../support/w1-commands';
import { benchResult, timed, type BenchOptions, type BenchResult } from './bench-result';
import { rawInsertsPerSecond } from './raw-inserts';

const runWriters = async (path: string, participants: number, writers: number, groupCommit: boolean) => {
  const store = createSqliteEventStore({ path, schema: binaanEventSchema, groupCommit });
  const handle = await participantHandlerFor(store);
  const ids = Array.from({ length: participants }, () => randomUUID());
  const writer = async (w: number) => {
    for (let step = 0; step < W1_COMMANDS_PER_PARTICIPANT; step += 1) {
      for (let index = w; index < participants; index += writers) {
        const result = await handle(commandEnvelope(w1Command(index, ids[index] as string, step)));
        if (result._tag === 'Left') throw new Error(`W1 command was not accepted: ${JSON.stringify(result.left)}`);
      }
    }
  };
  const measured = await timed(() => Promise.all(Array.from({ length: writers }, (_, w) => writer(w))));
  await store.close();
  return { ops: participants * W1_COMMANDS_PER_PARTICIPANT, seconds: measured.seconds };
};

export const run = async ({ quick }: BenchOptions): Promise<BenchResult[]> => {
  const participants = quick ? 500 : 5_000;
  const dir = mkdtempSync(join(tmpdir(), 'binaan-bench-group-'));
  const results: BenchResult[] = [];
  try {
    for (const writers of [1, 8, 50]) {
      for (const groupCommit of [true, false]) {
        const label = `${writers}-${groupCommit ? 'grouped' : 'alone'}`;
        const measured = await runWriters(join(dir, `events-${label}.db`), participants, writers, groupCommit);
        // The baseline right after, as many rows as commands, so both see the disk in the same state.
        const baseline = rawInsertsPerSecond(join(dir, `raw-${label}.db`), measured.ops);
        results.push(
          benchResult(`w1-sqlite-${writers}-writers-${groupCommit ? 'group-commit' : 'commit-each'}`, measured, baseline, {
            participants,
            writers,
            group_commit: groupCommit,
            baseline: 'raw better-sqlite3, one insert per transaction',
          }),
        );
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
