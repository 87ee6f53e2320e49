import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..', '..');

export interface RunningBinaan {
  readonly url: string;
  /** The demo sign-ins the banner prints: role → username and password. */
  readonly signIns: ReadonlyMap<string, { readonly username: string; readonly password: string }>;
  /** A bearer token for the demo account of a role, from POST /auth/token. */
  readonly token: (role: string) => Promise<string>;
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
  const url = /Dashboard\s+(http:\/\/\S+?)\/$/m.exec(output)?.[1];
  if (url === undefined) throw new Error('no dashboard URL in the start banner');
  const signIns = new Map(
    [...output.matchAll(/^ {2}(\w+)\s+(demo-\w+)\s+(\S+)$/gm)].map((match) => [match[1]!, { username: match[2]!, password: match[3]! }] as const),
  );
  const issued = new Map<string, Promise<string>>();
  const issue = async (role: string): Promise<string> => {
    const signIn = signIns.get(role);
    if (signIn === undefined) throw new Error(`no demo sign-in for ${role} in the start banner`);
    const response = await fetch(`${url}/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(signIn) });
    if (!response.ok) throw new Error(`POST /auth/token as ${role}: ${response.status}`);
    return ((await response.json()) as { readonly token: string }).token;
  };
  // One token per role for the whole run: signing in costs a password hash each time.
  const token = (role: string): Promise<string> => {
    if (!issued.has(role)) issued.set(role, issue(role));
    return issued.get(role)!;
  };
  return { url, signIns, token };
};

/**
 * How to run the API: its TypeScript under tsx (`npm run start:dev`, the default here, so a test runs
 * the sources it sees), or the bundle `npm start` builds (`apps/api/dist/main.js`, built first).
 */
export type StartFrom = 'source' | 'compiled';

const entryArguments = (from: StartFrom): readonly string[] => {
  if (from === 'source') return ['--import', 'tsx', 'apps/api/src/main.ts'];
  const built = spawnSync(process.execPath, ['scripts/build-api.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build-api.mjs failed');
  return ['--enable-source-maps', 'apps/api/dist/main.js'];
};

/**
 * Starts Binaan as `npm start` would on a fresh data folder and a free port (unless `args` name one),
 * with `env` added to its environment, and reads the URL and the demo sign-ins from what it prints.
 */
export const startBinaan = async (args: readonly string[], env: NodeJS.ProcessEnv = {}, from: StartFrom = 'source'): Promise<RunningBinaan> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'binaan-start-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [...entryArguments(from), '--data-dir', dataDir, '--port', '0', ...args],
    { cwd: repoRoot, env: { ...embeddedEnvironment(), TSX_TSCONFIG_PATH: 'apps/api/tsconfig.json', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
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
  return { ...bannerFacts(output), output: () => output, stop };
};
