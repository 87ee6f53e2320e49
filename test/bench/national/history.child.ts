/**
 * One participant's history (`binaan history`: read her stream, fold each event with the decider's
 * evolve) for participants spread over the national-scale store, in a process of its own, against
 * a raw SELECT of the same streams with JSON.parse. Usage: history.child.ts <dataDir> <participants> <samples>
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { shippedCatalogue } from '@binaan/domain';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { loadParticipantHistory } from '@binaan/projections';
import { numberedParticipantId } from '@binaan/testing';
import { peakRssMb } from '../bench-result';
import { elapsedMs, percentile, sampleIndexes } from '../latency';
import { runChild } from './run-child';

runChild(async ([dataDir, participants, samples]) => {
  const file = join(dataDir!, 'events.db');
  const ids = sampleIndexes(Number(participants), Number(samples)).map((index) => numberedParticipantId(index + 1));

  const raw = new Database(file, { readonly: true });
  const select = raw.prepare('SELECT data, metadata FROM events WHERE stream_name = ? ORDER BY revision');
  const rawTimings: number[] = [];
  for (const id of ids) {
    const started = process.hrtime.bigint();
    const rows = select.all(`participant-${id}`) as { data: string; metadata: string }[];
    if (rows.length === 0) throw new Error(`no stream participant-${id}`);
    for (const row of rows) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    }
    rawTimings.push(elapsedMs(started));
  }
  raw.close();

  const store = createSqliteEventStore({ path: file, schema: binaanEventSchema });
  const timings: number[] = [];
  for (const id of ids) {
    const started = process.hrtime.bigint();
    const history = await loadParticipantHistory(store, shippedCatalogue, id, {});
    timings.push(elapsedMs(started));
    if (history.entries.length === 0) throw new Error(`participant ${id} has no history`);
  }
  await store.close();
  const sorted = [...timings].sort((a, b) => a - b);
  const rawSorted = [...rawTimings].sort((a, b) => a - b);
  return {
    samples: ids.length,
    seconds: timings.reduce((total, ms) => total + ms, 0) / 1000,
    baseline_seconds: rawTimings.reduce((total, ms) => total + ms, 0) / 1000,
    p50_ms: percentile(sorted, 0.5),
    p95_ms: percentile(sorted, 0.95),
    baseline_p50_ms: percentile(rawSorted, 0.5),
    baseline_p95_ms: percentile(rawSorted, 0.95),
    rss_mb: peakRssMb(),
  };
});
