/**
 * Rebuild of every projection from W1-shaped events (participants × 10 events) in a SQLite event
 * store, into SQLite and into PostgreSQL, against the baseline of reading and decoding the same
 * events with readAll in the same run. Full: 1,000,000 events; quick: 100,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore, type EventStore } from '@binaan/event-store';
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
    const baseline = await timed(() => readAllBaseline(eventStore));
    if (baseline.result !== events) throw new Error(`baseline read ${baseline.result} events, expected ${events}`);
    const baselinePerSecond = events / baseline.seconds;

    const sqlite = await createSqliteReadModelStore({ filename: join(folder, 'read-models.sqlite') });
    const intoSqlite = await timed(() => rebuildInto(eventStore, sqlite));
    await sqlite.close();

    const postgres = await createPostgresReadModelStore({ connectionString: pgUrl, schema });
    const intoPostgres = await timed(() => rebuildInto(eventStore, postgres));
    await postgres.close();

    return [
      benchResult('projections-rebuild-sqlite', { ops: events, seconds: intoSqlite.seconds }, baselinePerSecond),
      benchResult('projections-rebuild-postgres', { ops: events, seconds: intoPostgres.seconds }, baselinePerSecond),
    ];
  } finally {
    await eventStore.close();
    await dropSchema(schema);
    rmSync(folder, { recursive: true, force: true });
  }
}
