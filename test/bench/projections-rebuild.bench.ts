/**
 * Rebuild of every projection from W1-shaped events (participants × 10 events) in a SQLite event
 * store, into SQLite and into PostgreSQL, against the baseline of reading and decoding the same
 * events with readAll in the same run. Full: 1,000,000 events; quick: 100,000.
 *
 * The machine is shared, so the load can change between a short baseline and a long rebuild. The
 * baseline therefore runs right before and right after each rebuild, and each rebuild is compared
 * with the mean rate of the two around it (`baseline_per_s`). CPU seconds of this process are
 * reported too (`cpu_s`, `baseline_cpu_s`, `cpu_ratio`): less sensitive to other people's work than
 * wall time, though the SQLite driver and the PostgreSQL server's own work are not all in them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { type EventStore } from '@binaan/event-store';
import {
  createPostgresReadModelStore,
  createProjectionRunner,
  createSqliteReadModelStore,
  defaultProjections,
  type ReadModelStore,
} from '@binaan/projections';
import { Client } from 'pg';
import { appendW1, eventsPerParticipant } from '../projections/support/w1-history';
import { type BenchOptions, type BenchResult, benchResult, timed } from './bench-result';

const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

const measured = async <T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; cpuSeconds: number }> => {
  const cpuBefore = cpuSeconds();
  const { result, seconds } = await timed(work);
  return { result, seconds, cpuSeconds: cpuSeconds() - cpuBefore };
};

const pgUrl = process.env['PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const readAllBaseline = async (store: EventStore): Promise<number> => {
  let count = 0;
  for await (const event of store.readAll()) {
    count += event.data === null ? 0 : 1;
  }
  return count;
};

const rebuildInto = async (eventStore: EventStore, readModels: ReadModelStore): Promise<void> => {
  const runner = createProjectionRunner({ eventStore, readModels, projections: defaultProjections(), batchSize: 1_000 });
  const failures = await runner.rebuild();
  if (failures.length > 0) throw new Error(`rebuild failed: ${failures.map((failure) => failure.message).join('; ')}`);
};

const dropSchema = async (schema: string): Promise<void> => {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
};

export async function run({ quick }: BenchOptions): Promise<BenchResult[]> {
  const participants = quick ? 10_000 : 100_000;
  const events = participants * eventsPerParticipant;
  const folder = mkdtempSync(join(tmpdir(), 'binaan-bench-projections-'));
  const schema = `bench_projections_${process.pid}`;
  const eventStore = createSqliteEventStore({ path: join(folder, 'events.sqlite'), synchronous: 'normal' });
  try {
    await appendW1(eventStore, participants);
    const baseline = async () => {
      const read = await measured(() => readAllBaseline(eventStore));
      if (read.result !== events) throw new Error(`baseline read ${read.result} events, expected ${events}`);
      return read;
    };
    const before = await baseline();

    const sqlite = await createSqliteReadModelStore({ filename: join(folder, 'read-models.sqlite') });
    const intoSqlite = await measured(() => rebuildInto(eventStore, sqlite));
    await sqlite.close();
    const between = await baseline();

    const postgres = await createPostgresReadModelStore({ connectionString: pgUrl, schema });
    const intoPostgres = await measured(() => rebuildInto(eventStore, postgres));
    await postgres.close();
    const after = await baseline();

    const compared = (bench: string, rebuilt: typeof intoSqlite, around: readonly (typeof before)[]) => {
      const baselinePerSecond = around.reduce((total, read) => total + events / read.seconds, 0) / around.length;
      const baselineCpu = around.reduce((total, read) => total + read.cpuSeconds, 0) / around.length;
      return benchResult(bench, { ops: events, seconds: rebuilt.seconds }, baselinePerSecond, {
        cpu_s: Number(rebuilt.cpuSeconds.toFixed(3)),
        baseline_cpu_s: Number(baselineCpu.toFixed(3)),
        cpu_ratio: Number((baselineCpu / rebuilt.cpuSeconds).toFixed(3)),
      });
    };
    return [compared('projections-rebuild-sqlite', intoSqlite, [before, between]), compared('projections-rebuild-postgres', intoPostgres, [between, after])];
  } finally {
    await eventStore.close();
    await dropSchema(schema);
    rmSync(folder, { recursive: true, force: true });
  }
}
