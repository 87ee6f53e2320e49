/**
 * Workload W1 through command handling on the memory store (its own process, so its peak RSS, which
 * holds every event in memory, is not charged to the SQLite run), against the same raw-insert baseline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaanEventSchema } from '@binaan/command-handling';
import { createMemoryEventStore } from '@binaan/event-store';
import { benchResult, type BenchOptions, type BenchResult } from './bench-result';
import { runW1 } from './event-store-sqlite.bench';

export const run = async ({ quick }: BenchOptions): Promise<BenchResult[]> => {
  const participants = quick ? 1_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'binaan-bench-'));
  try {
    const memory = await runW1(createMemoryEventStore({ schema: binaanEventSchema }), participants, join(dir, 'raw.db'));
    return [benchResult('w1-commands-memory', memory, memory.baselinePerSecond, { participants, baseline: 'raw better-sqlite3, one insert per transaction' })];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
