import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../browser/support/start-binaan';

export interface RunningApi {
  readonly url: string;
  /** Peak resident set size of the API process so far (VmHWM), in MB. */
  readonly peakRssMb: () => number;
  readonly stop: () => Promise<number | null>;
}

const startTimeoutMs = 600_000;

/** `npm start`'s default: everything embedded under the data folder, whatever this shell points at. */
const embeddedEnvironment = (): NodeJS.ProcessEnv => {
  const { PG_URL: _pg, ESDB_URL: _esdb, BINAAN_MASTER_KEY: _key, BINAAN_JWT_SECRET: _secret, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
};

/**
 * Starts the API built by `nx run api:build` (what `npm start` runs) on an existing data folder,
 * without the demo seed, on a free port; resolves once its start banner is out.
 */
export const startBuiltApi = async (dataDir: string): Promise<RunningApi> => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', 'apps/api/dist/main.js', '--data-dir', dataDir, '--port', '0', '--no-seed'],
    { cwd: repoRoot, env: embeddedEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = await new Promise<boolean>((done) => {
    const timer = setTimeout(() => done(false), startTimeoutMs);
    child.stdout?.on('data', () => {
      if (output.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        done(true);
      }
    });
    void exited.then(() => done(false));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  const url = /Dashboard\s+(http:\/\/\S+?)\/$/m.exec(output)?.[1];
  if (!started || url === undefined) {
    await stop();
    throw new Error(`the built API did not start (run \`npx nx run api:build\` first):\n${output}`);
  }
  const peakRssMb = (): number => {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    return Number((Number(kb) / 1024).toFixed(1));
  };
  return { url, peakRssMb, stop };
};
