/**
 * `binaan verify` (every hash chain recomputed, streaming) over W1-shaped events in a SQLite store,
 * against the baseline, in the same run, of a raw read of the same rows with SHA-256 over each.
 * Full: 1,000,000 events; quick: 100,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore, openStoredEventRows } from '@binaan/event-store-sqlite';
import { storedRowsSource, verifyStore } from '@binaan/integrity';
import { appendChainedW1 } from '../cli/support/chained-w1-store';
import { type BenchOptions, type BenchResult, benchResult, timed } from './bench-result';
import { rawReadAndHash } from './raw-read-and-hash';

const EVENTS_PER_PARTICIPANT = 10;

export async function run({ quick }: BenchOptions): Promise<BenchResult[]> {
  const participants = quick ? 10_000 : 100_000;
  const events = participants * EVENTS_PER_PARTICIPANT;
  const folder = mkdtempSync(join(tmpdir(), 'binaan-bench-verify-'));
  const file = join(folder, 'events.db');
  try {
    const writer = createSqliteEventStore({ path: file, synchronous: 'normal' });
    await appendChainedW1(writer, participants);
    await writer.close();

    const baseline = await timed(() => rawReadAndHash(file));
    if (baseline.result !== events) throw new Error(`baseline read ${baseline.result} rows, expected ${events}`);

    const stored = openStoredEventRows(file);
    const verified = await timed(() => verifyStore({ events: storedRowsSource(stored.rows) }));
    stored.close();
    if (verified.result.events !== events || verified.result.breaks.length > 0) {
      throw new Error(`verify saw ${verified.result.events} events and ${verified.result.breaks.length} breaks`);
    }
    return [
      benchResult(quick ? 'cli-verify-100k' : 'cli-verify-1m', { ops: events, seconds: verified.seconds }, events / baseline.seconds, {
        streams: verified.result.streams,
      }),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
