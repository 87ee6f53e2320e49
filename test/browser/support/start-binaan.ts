import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..', '..');

export interface RunningBinaan {
  readonly url: string;
  /** A bearer token per role (POST /auth/token as the demo account of that role). */
  readonly tokens: ReadonlyMap<string, string>;
  /** The demo accounts' usernames and passwords, by role, as the start banner prints them. */
  readonly signIns: ReadonlyMap<string, { readonly username: string; readonly password: string }>;
  readonly output: () => string;
  /** SIGTERM, then the exit code once the process has shut down. */
  readonly stop: () => Promise<number | null>;
}

const startTimeoutMs = 90_000;

/** `npm start`'s default: everything embedded under the data folder, whatever this shell points at. */
const embeddedEnvironment = (): NodeJS.ProcessEnv => {
  const { PG_URL: _pg, ESDB_URL: _esdb, BINAAN_MASTER_KEY: _key, BINAAN_JWT_SECRET: _secret, ...rest } = process.env;
  return rest;
};

const bannerFacts = (output: string) => {
  const url = /Dashboard\s+(http:\/\/\S+?)\/\s/.exec(output)?.[1];
  if (url === undefined) throw new Error('no dashboard URL in the start banner');
  const signIns = new Map(
    [...output.matchAll(/^\s{2}(\w+)\s+(demo-\w+)\s+(\S+)$/gm)].map((match) => [match[1]!, { username: match[2]!, password: match[3]! }] as const),
  );
  return { url, signIns };
};

/** A bearer token for each demo account, as a script gets one. */
const bearerTokens = async (url: string, signIns: RunningBinaan['signIns']): Promise<ReadonlyMap<string, string>> =>
  new Map(
    await Promise.all(
      [...signIns].map(async ([role, credentials]) => {
        const response = await fetch(`${url}/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) });
        if (!response.ok) throw new Error(`POST /auth/token as ${credentials.username}: ${response.status}`);
        return [role, ((await response.json()) as { readonly token: string }).token] as const;
      }),
    ),
  );

/**
 * Starts Binaan the way `npm start` does (apps/api/src/main.ts under tsx) on a fresh data folder and
 * a free port, and reads the URL and the role tokens from what it prints.
 */
export const startBinaan = async (args: readonly string[]): Promise<RunningBinaan> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'binaan-start-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/api/src/main.ts', '--data-dir', dataDir, '--port', '0', ...args],
    { cwd: repoRoot, env: { ...embeddedEnvironment(), TSX_TSCONFIG_PATH: 'apps/api/tsconfig.json', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = await new Promise<boolean>((done) => {
    const timer = setTimeout(() => done(false), startTimeoutMs);
    const check = () => {
      if (output.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        done(true);
      }
    };
    child.stdout?.on('data', check);
    void exited.then(() => done(false));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  if (!started) {
    await stop();
    throw new Error(`Binaan did not start:\n${output}`);
  }
  const { url, signIns } = bannerFacts(output);
  return { url, signIns, tokens: await bearerTokens(url, signIns), output: () => output, stop };
};
