import { ACCOUNTS_FILE_NAME, createAccountService, generatePassword, nationalScope, openSqliteAccountStore } from '@binaan/accounts';
import { join } from 'node:path';
import { bareServer } from '../bare-server';
import { elapsedMs, percentile } from '../latency';
import { projectionsCaughtUp } from '../projections-caught-up';
import { startBuiltApi } from './start-built-api';

export interface RouteLatency {
  readonly name: string;
  readonly route: string;
  readonly requests: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly baselineSeconds: number;
  readonly baselineP50Ms: number;
  readonly baselineP95Ms: number;
}

export interface ApiReads {
  readonly routes: readonly RouteLatency[];
  readonly catchUpSeconds: number;
  readonly apiRssMb: number;
}

/** The reads a caseworker with national scope makes: the outcomes, filtered and not, and the worklist's first page, whole and for one unit. */
export const measuredRoutes = [
  { name: 'outcomes', route: '/outcomes' },
  { name: 'outcomes-filtered', route: '/outcomes?programme=sulam-malang-2019&facility=lapas-perempuan-malang&cohort=2019-08' },
  { name: 'follow-ups-due', route: '/follow-ups/due' },
  { name: 'follow-ups-due-facility', route: '/follow-ups/due?facility=lapas-perempuan-malang' },
] as const;

const ACCOUNT = 'bench.national';

/** A caseworker account with national scope in the data folder's accounts file, as `binaan users add` makes it. Answers its password. */
const addAccount = async (dataDir: string): Promise<string> => {
  const accounts = createAccountService({ store: openSqliteAccountStore(join(dataDir, ACCOUNTS_FILE_NAME)) });
  const password = generatePassword();
  if ((await accounts.find(ACCOUNT)) === undefined) {
    await accounts.add({ id: ACCOUNT, displayName: 'Bench (national scale)', role: 'caseworker', scope: nationalScope, password }, 'bench');
  } else {
    await accounts.resetPassword(ACCOUNT, password, 'bench');
  }
  await accounts.close();
  return password;
};

/** A route is timed for at most `requests` requests or this long, whichever comes first (at least MIN_REQUESTS). */
const BUDGET_MS = 60_000;
const MIN_REQUESTS = 20;

/** Requests one after the other (one user waiting for each answer); every answer must be 200. */
const sequential = async (url: string, requests: number, headers: Record<string, string>) => {
  const timings: number[] = [];
  const started = Date.now();
  for (let request = 0; request < requests && (request < MIN_REQUESTS || Date.now() - started < BUDGET_MS); request += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    timings.push(elapsedMs(started));
    if (response.status !== 200 && response.status !== 201) throw new Error(`GET ${url}: ${response.status}`);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  return { requests: timings.length, seconds: timings.reduce((total, ms) => total + ms, 0) / 1000, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
};

/**
 * Starts the built API on the data folder, waits for its projections, and times each route (up to
 * `requests` requests or a minute) against a bare node:http server answering as many requests the
 * same way, in the same run.
 */
export const measureApiReads = async (dataDir: string, requests: number): Promise<ApiReads> => {
  const password = await addAccount(dataDir);
  const api = await startBuiltApi(dataDir);
  const bare = await bareServer();
  try {
    const catchUpSeconds = await projectionsCaughtUp(api.url);
    const issued = await fetch(`${api.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: ACCOUNT, password }),
    });
    if (!issued.ok) throw new Error(`POST /auth/token: ${issued.status}`);
    const headers = { authorization: `Bearer ${((await issued.json()) as { token: string }).token}` };
    const routes: RouteLatency[] = [];
    for (const { name, route } of measuredRoutes) {
      await sequential(`${api.url}${route}`, 3, headers);
      const measured = await sequential(`${api.url}${route}`, requests, headers);
      const baseline = await sequential(bare.url, measured.requests, headers);
      routes.push({
        name,
        route,
        ...measured,
        baselineSeconds: baseline.seconds,
        baselineP50Ms: baseline.p50Ms,
        baselineP95Ms: baseline.p95Ms,
      });
    }
    return { routes, catchUpSeconds, apiRssMb: api.peakRssMb() };
  } finally {
    bare.server.close();
    await api.stop();
  }
};
