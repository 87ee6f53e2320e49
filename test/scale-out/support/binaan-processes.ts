import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { watchProcess, type WatchedProcess } from './child-process-output';

const repoRoot = join(__dirname, '..', '..', '..');

/** What a test sets for a process, on top of an environment cleared of the shell's own store settings. */
const processEnvironment = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const { PG_URL: _pg, PG_READ_URL: _read, ESDB_URL: _esdb, BINAAN_MASTER_KEY: _key, BINAAN_JWT_SECRET: _secret, ...rest } = process.env;
  return { ...rest, TSX_TSCONFIG_PATH: 'apps/api/tsconfig.json', LOG_LEVEL: 'warn', ...env };
};

/** `apps/api/src/projection-worker.ts` from its sources: it logs `projection worker running` or `standing by`. */
export const startProjectionWorker = (dataDir: string, env: NodeJS.ProcessEnv): WatchedProcess =>
  watchProcess(
    spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps', 'api', 'src', 'projection-worker.ts'), '--data-dir', dataDir], {
      cwd: repoRoot,
      env: processEnvironment({ LOG_LEVEL: 'info', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    'the projection worker',
  );

export interface ApiProcess extends WatchedProcess {
  readonly url: string;
}

/** The API from its sources on a free port, without the demo seed; resolves once its banner is out. */
export const startApiProcess = async (dataDir: string, env: NodeJS.ProcessEnv, args: readonly string[] = []): Promise<ApiProcess> => {
  const api = watchProcess(
    spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts', '--data-dir', dataDir, '--port', '0', '--no-seed', ...args], {
      cwd: repoRoot,
      env: processEnvironment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    'the API',
  );
  await api.printed('Stop with Ctrl+C');
  const url = /Dashboard\s+(http:\/\/\S+?)\/$/m.exec(api.output())?.[1];
  if (url === undefined) throw new Error(`no dashboard URL in the start banner:\n${api.output()}`);
  return { ...api, url };
};

/** Each active projection's checkpoint in the read-model database (none before the runner has made its tables). */
export const projectionPositions = async (databaseUrl: string): Promise<readonly { projection: string; position: string | null }[]> => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ projection: string; position: string | null }>(
      "select projection, position::text as position from projection_state where status = 'active' order by projection",
    );
    return rows;
  } catch {
    return [];
  } finally {
    await client.end();
  }
};
