/**
 * `binaan history` of one participant in a SQLite store of W1-shaped events: read the stream, fold
 * each event with the decider's evolve, and keep the state after each. The figure is the median
 * time per participant (target under 50 ms); the baseline, in the same run, is a raw SELECT of the
 * same stream with JSON.parse. The store is opened once, as the command does before its work.
 * Full: a store of 1,000,000 events; quick: 100,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { shippedCatalogue, type ParticipantId } from '@binaan/domain';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { loadParticipantHistory } from '@binaan/projections';
import { appendChainedW1, w1StreamName } from '../cli/support/chained-w1-store';
import { type BenchOptions, type BenchResult, benchResult } from './bench-result';
import { elapsedMs, percentile, sampleIndexes } from './latency';

const EVENTS_PER_PARTICIPANT = 10;
const SAMPLES = 200;

export async function run({ quick }: BenchOptions): Promise<BenchResult[]> {
  const participants = quick ? 10_000 : 100_000;
  const folder = mkdtempSync(join(tmpdir(), 'binaan-bench-history-'));
  const file = join(folder, 'events.db');
  try {
    const writer = createSqliteEventStore({ path: file, synchronous: 'normal' });
    await appendChainedW1(writer, participants);
    await writer.close();
    const samples = sampleIndexes(participants, SAMPLES);

    const raw = new Database(file, { readonly: true });
    const select = raw.prepare('SELECT data, metadata FROM events WHERE stream_name = ? ORDER BY revision');
    const baselineStarted = process.hrtime.bigint();
    for (const index of samples) {
      for (const row of select.all(w1StreamName(index)) as { data: string; metadata: string }[]) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
      }
    }
    const baselineSeconds = elapsedMs(baselineStarted) / 1000;
    raw.close();

    const store = createSqliteEventStore({ path: file, schema: binaanEventSchema });
    const timings: number[] = [];
    for (const index of samples) {
      const started = process.hrtime.bigint();
      const history = await loadParticipantHistory(store, shippedCatalogue, w1StreamName(index).slice('participant-'.length) as ParticipantId, {});
      timings.push(elapsedMs(started));
      if (history.entries.length !== EVENTS_PER_PARTICIPANT) throw new Error(`history of participant ${index} has ${history.entries.length} events`);
    }
    await store.close();
    const sorted = [...timings].sort((a, b) => a - b);
    const seconds = timings.reduce((total, ms) => total + ms, 0) / 1000;
    return [
      benchResult(quick ? 'cli-history-100k' : 'cli-history-1m', { ops: SAMPLES, seconds }, SAMPLES / baselineSeconds, {
        store_events: participants * EVENTS_PER_PARTICIPANT,
        median_ms: Number(percentile(sorted, 0.5).toFixed(3)),
        p95_ms: Number(percentile(sorted, 0.95).toFixed(3)),
      }),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
