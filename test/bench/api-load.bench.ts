/**
 * The API under load, started as `npm start` starts it (main.ts on a fresh embedded store, demo data
 * seeded): 50 connections enrolling new participants, each request with an Idempotency-Key of its own,
 * then 50 connections reading GET /outcomes. The baseline, measured in the same run with the same
 * tool, connections and request count, is a bare node:http server answering a fixed JSON body: the
 * cost of HTTP on this machine with none of Binaan's work.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { startBinaan } from '../browser/support/start-binaan';
import { bareServer } from './bare-server';
import { type BenchOptions, type BenchResult, benchResult } from './bench-result';
import { projectionsCaughtUp } from './projections-caught-up';

const connections = 50;

interface Load {
  readonly requests: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** Timed here: autocannon's own `duration` counts in whole ticks of its one-second sampler, too coarse for a quick run. */
const fire = async (options: autocannon.Options): Promise<Load> => {
  const started = process.hrtime.bigint();
  const result = await autocannon({ connections, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    requests: result.requests.total,
    seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
};

let serial = 0;
/** A new made-up person for each request: enrolments never repeat, so every one writes. */
const enrolment = (): string => {
  serial += 1;
  return JSON.stringify({
    participantId: randomUUID(),
    programmeId: 'sulam-malang-2019',
    facilityId: 'lapas-perempuan-malang',
    registrationClass: 'B.I',
    enrolledOn: '2025-01-06',
    consent: { given: true, recordedOn: '2025-01-06' },
    personalData: { fullName: `Warga Beban ${serial}`, registrationNumber: `BEBAN ${serial}/2025` },
  });
};

const result = (bench: string, load: Load, baseline: Load, extra: Record<string, string | number>): BenchResult =>
  benchResult(bench, { ops: load.requests, seconds: load.seconds }, baseline.requests / baseline.seconds, {
    connections,
    p50_ms: load.p50,
    p99_ms: load.p99,
    errors: load.errors,
    non_2xx: load.non2xx,
    baseline_p50_ms: baseline.p50,
    baseline_p99_ms: baseline.p99,
    baseline: 'bare node:http server, fixed JSON body, same connections and request count',
    ...extra,
  });

export async function run({ quick }: BenchOptions): Promise<BenchResult[]> {
  const amount = quick ? 2_000 : 20_000;
  // BINAAN_BENCH_START=source measures the TypeScript loader (`npm run start:dev`); the default is the build `npm start` runs.
  const from = process.env['BINAAN_BENCH_START'] === 'source' ? 'source' : 'compiled';
  const binaan = await startBinaan(['--demo-participants=80'], {}, from);
  const bare = await bareServer();
  try {
    const registrar = `Bearer ${await binaan.token('registrar')}`;
    const viewer = `Bearer ${await binaan.token('viewer')}`;
    const writeRequest = (): autocannon.Request => ({
      method: 'POST',
      path: '/participants',
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, 'content-type': 'application/json', authorization: registrar, 'idempotency-key': randomUUID() },
        body: enrolment(),
      }),
    });
    const writesBaseline = await fire({ url: bare.url, amount, requests: [writeRequest()] });
    const writes = await fire({ url: binaan.url, amount, requests: [writeRequest()] });
    const catchUpSeconds = await projectionsCaughtUp(binaan.url);
    const readsBaseline = await fire({ url: bare.url, amount, headers: { authorization: viewer } });
    const reads = await fire({ url: `${binaan.url}/outcomes`, amount, headers: { authorization: viewer } });
    return [
      result('api-enrol-under-load', writes, writesBaseline, { route: 'POST /participants', target: '0 errors, 0 non-2xx', start: from }),
      result('api-outcomes-under-load', reads, readsBaseline, {
        route: 'GET /outcomes',
        target: '0 errors, 0 non-2xx',
        projections_catch_up_s: catchUpSeconds,
        start: from,
      }),
    ];
  } finally {
    bare.server.close();
    await binaan.stop();
  }
}
