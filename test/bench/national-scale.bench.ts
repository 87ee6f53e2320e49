/**
 * The national-scale store and what happens to it. Builds ONE store through command handling (50
 * concurrent writers, group commit on, chains, sealed personal data and enrolment reservations as
 * every command writes them) in a data folder laid out as `npm start` lays it out, then measures on
 * that store, each in a process of its own so each peak RSS is its own:
 * - the rebuild of every read model into SQLite (the folder's read-models.db) and into PostgreSQL,
 *   each against a raw pipeline that reads the same events and inserts the same rows with prepared
 *   statements in the same transactions (target ratio ≥ 0.5);
 * - `binaan verify` as the command runs, against a raw read + SHA-256 of every row (target ≥ 0.5);
 * - one participant's history, p50 and p95 (target p95 < 20 ms);
 * - GET /outcomes with and without filters and GET /follow-ups/due through the built API started on
 *   the folder, p95 of requests one after the other (target < 50 ms), against a bare HTTP server.
 * `--events N` chooses the size (default 10,000,000; 50,000 with --quick), `--data-dir DIR` keeps
 * the folder, `--reuse` measures a folder already built. `npm run bench:national -- --events N`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { W1_COMMANDS_PER_PARTICIPANT } from '../support/w1-commands';
import { repoRoot } from '../browser/support/start-binaan';
import { type BenchOptions, type BenchResult, benchResult } from './bench-result';
import { rawInsertsPerSecond } from './raw-inserts';
import { measureApiReads } from './national/api-reads';
import { dataFolderSizes } from './national/data-folder-sizes';
import { measuredProcess } from './national/measured-process';
import { nationalOptionsFrom } from './national/national-options';
import { spawnChild } from './national/run-child';

/** W1's ten commands write eleven events: the enrolment also reserves the registration number. */
const EVENTS_PER_PARTICIPANT = W1_COMMANDS_PER_PARTICIPANT + 1;
const HISTORY_SAMPLES = 200;
const pgUrl = process.env['PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Built extends Record<string, unknown> {
  readonly participants: number;
  readonly commands: number;
  readonly events: number;
  readonly seconds: number;
  readonly writers: number;
  readonly rss_mb: number;
}

interface Timed extends Record<string, unknown> {
  readonly seconds: number;
  readonly rss_mb: number;
}

const dropSchema = async (schema: string): Promise<void> => {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
};

const log = (message: string): void => void process.stderr.write(`national-scale: ${message}\n`);

export async function run({ quick }: BenchOptions): Promise<BenchResult[]> {
  const options = nationalOptionsFrom(process.argv.slice(2), quick);
  const scratch = mkdtempSync(join(tmpdir(), 'binaan-bench-national-'));
  const dataDir = options.dataDir === undefined ? join(scratch, 'data') : resolve(options.dataDir);
  const buildRecord = `${dataDir}.build.json`;
  const schema = `bench_national_${process.pid}`;
  const rawSchema = `bench_national_raw_${process.pid}`;
  const results: BenchResult[] = [];
  /** Each line is also logged when measured, so a run stopped half-way still leaves its figures. */
  const record = (result: BenchResult): void => {
    results.push(result);
    log(JSON.stringify(result));
  };
  try {
    let built: Built;
    if (options.reuse && existsSync(buildRecord)) {
      built = JSON.parse(readFileSync(buildRecord, 'utf8')) as Built;
    } else {
      const participants = Math.ceil(options.events / EVENTS_PER_PARTICIPANT);
      log(`building ${participants} participants (${participants * EVENTS_PER_PARTICIPANT} events) in ${dataDir}`);
      built = spawnChild<Built>('build-store.child.ts', [dataDir, String(participants)]);
      writeFileSync(buildRecord, JSON.stringify(built));
    }
    const events = built.events;
    const size = { store_events: events, participants: built.participants };
    const fsyncBound = rawInsertsPerSecond(join(scratch, 'raw-inserts.db'), 1_000);
    record(
      benchResult('national-build', { ops: built.commands, seconds: built.seconds }, fsyncBound, {
        ...size,
        events_per_s: Number((events / built.seconds).toFixed(1)),
        writers: built.writers,
        rss_mb: built.rss_mb,
        baseline: 'raw better-sqlite3, one insert per transaction (1,000 rows)',
        ...dataFolderSizes(dataDir),
      }),
    );

    log('rebuild into SQLite');
    const sqlite = spawnChild<Timed>('rebuild.child.ts', [dataDir, 'sqlite']);
    const sqliteFloor = spawnChild<Timed>('raw-rebuild-pipeline.child.ts', [dataDir, 'sqlite', join(scratch, 'raw-read-models.db')]);
    record(
      benchResult('national-rebuild-sqlite', { ops: events, seconds: sqlite.seconds }, events / sqliteFloor.seconds, {
        ...size,
        rss_mb: sqlite.rss_mb,
        baseline_rss_mb: sqliteFloor.rss_mb,
        rows: Number(sqliteFloor['rows']),
        baseline: 'raw pipeline: SELECT + JSON.parse of the events, prepared INSERTs of the final rows, same transactions',
        target_ratio: 0.5,
        ...dataFolderSizes(dataDir),
      }),
    );

    log('verify');
    const floor = measuredProcess(process.execPath, ['--import', 'tsx', join(__dirname, 'national', 'raw-read-and-hash.child.ts'), join(dataDir, 'events.db')], { cwd: repoRoot });
    const verify = measuredProcess(process.execPath, [join(repoRoot, 'apps', 'cli', 'bin', 'binaan.js'), 'verify', '--store', `sqlite:${dataDir}`, '--format', 'json'], {
      cwd: repoRoot,
    });
    if (verify.status !== 0) throw new Error(`binaan verify exited ${verify.status}: ${verify.stdout.slice(0, 2_000)}`);
    record(
      benchResult('national-verify', { ops: events, seconds: verify.seconds }, events / floor.seconds, {
        ...size,
        rss_mb: verify.rssMb,
        baseline_rss_mb: floor.rssMb,
        baseline: 'raw SELECT + SHA-256 of every row, in a process of its own (both include start-up)',
        target_ratio: 0.5,
      }),
    );

    log('history');
    const history = spawnChild<Timed>('history.child.ts', [dataDir, String(built.participants), String(HISTORY_SAMPLES)]);
    record(
      benchResult('national-history', { ops: HISTORY_SAMPLES, seconds: history.seconds }, HISTORY_SAMPLES / Number(history['baseline_seconds']), {
        ...size,
        p50_ms: Number(Number(history['p50_ms']).toFixed(3)),
        p95_ms: Number(Number(history['p95_ms']).toFixed(3)),
        baseline_p95_ms: Number(Number(history['baseline_p95_ms']).toFixed(3)),
        rss_mb: history.rss_mb,
        baseline: 'raw SELECT of the stream + JSON.parse',
        target: 'p95 < 20 ms',
      }),
    );

    log('API reads');
    const reads = await measureApiReads(dataDir, quick ? 100 : 200);
    for (const route of reads.routes) {
      record(
        benchResult(`national-api-${route.name}`, { ops: route.requests, seconds: route.seconds }, route.requests / route.baselineSeconds, {
          ...size,
          route: `GET ${route.route}`,
          p50_ms: Number(route.p50Ms.toFixed(3)),
          p95_ms: Number(route.p95Ms.toFixed(3)),
          baseline_p95_ms: Number(route.baselineP95Ms.toFixed(3)),
          rss_mb: reads.apiRssMb,
          projections_catch_up_s: reads.catchUpSeconds,
          baseline: 'bare node:http server, fixed JSON body, same requests one after the other',
          target: 'p95 < 50 ms',
        }),
      );
    }

    log('rebuild into PostgreSQL');
    const postgres = spawnChild<Timed>('rebuild.child.ts', [dataDir, 'postgres', pgUrl, schema]);
    await dropSchema(schema);
    const postgresFloor = spawnChild<Timed>('raw-rebuild-pipeline.child.ts', [dataDir, 'postgres', pgUrl, rawSchema]);
    await dropSchema(rawSchema);
    record(
      benchResult('national-rebuild-postgres', { ops: events, seconds: postgres.seconds }, events / postgresFloor.seconds, {
        ...size,
        rss_mb: postgres.rss_mb,
        baseline_rss_mb: postgresFloor.rss_mb,
        rows: Number(postgresFloor['rows']),
        baseline: 'raw pipeline: SELECT + JSON.parse of the events, prepared unnest INSERTs of the final rows, same transactions',
        target_ratio: 0.5,
      }),
    );
    return results;
  } finally {
    await dropSchema(schema);
    await dropSchema(rawSchema);
    rmSync(scratch, { recursive: true, force: true });
  }
}
