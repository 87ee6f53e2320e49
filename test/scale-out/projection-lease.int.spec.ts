import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import {
  createPostgresReadModelStore,
  createProjectionRunner,
  defaultProjections,
  readModelNames,
  readModelRows,
  type ReadModelStore,
} from '@binaan/projections';
import { Client } from 'pg';
import { createScratchDatabase, dropSchema, pgUrl, uniqueSchemaName } from '../projections/support/postgres';
import { w1Events } from '../projections/support/w1-history';

const repoRoot = join(__dirname, '..', '..');
const workerFile = join(repoRoot, 'apps', 'api', 'src', 'projection-worker.ts');

interface Worker {
  readonly child: ChildProcess;
  /** Resolves when the worker has logged a line holding `text`. */
  logged(text: string): Promise<void>;
  exited(): Promise<number | null>;
}

const startWorker = (dataDir: string, databaseUrl: string): Worker => {
  const child = spawn(process.execPath, ['--import', 'tsx', workerFile, '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, PG_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wait of waiting.filter((candidate) => output.includes(candidate.text))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    logged: (text) =>
      output.includes(text)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiting.push({ text, resolve })),
            exit.then((code) => Promise.reject(new Error(`worker exited (${code}) before logging "${text}":\n${output}`))),
          ]),
    exited: () => exit,
  };
};

const positionsIn = async (databaseUrl: string): Promise<readonly { projection: string; position: string | null }[]> => {
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

const eventually = async (holds: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await holds())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('projection workers with a lease in PostgreSQL', () => {
  const root = mkdtempSync(join(tmpdir(), 'binaan-lease-'));
  const dataDir = join(root, 'data');
  let database: { url: string; drop: () => Promise<void> };
  const workers: Worker[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase('lease');
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('one projects while the other stands by; killed mid-way, the standby takes over and the read models equal a clean rebuild', async () => {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const events = createSqliteEventStore({ path: join(dataDir, 'events.db') });
    const append = async (from: number, to: number) => {
      for (let index = from; index < to; index += 1) {
        await events.appendToStream(`participant-${w1Events(index)[0]!.data['participantId'] as string}`, w1Events(index), { expectedRevision: 'no_stream' });
      }
    };
    await append(0, 200);

    const first = startWorker(dataDir, database.url);
    workers.push(first);
    await first.logged('projection worker running');
    const second = startWorker(dataDir, database.url);
    workers.push(second);
    await second.logged('standing by');

    await append(200, 600);
    await eventually(async () => (await positionsIn(database.url)).some((row) => row.position !== null), 'the first worker has projected something');
    first.child.kill('SIGKILL');
    expect(await first.exited()).toBeNull();
    await second.logged('projection worker running');
    // Whatever the first had done when it died, the rest, and what comes after, is the second's.
    await append(600, 800);

    let head = 0n;
    for await (const event of events.readAll()) head = event.position;
    await eventually(async () => {
      const positions = await positionsIn(database.url);
      return positions.length === defaultProjections().length && positions.every((row) => row.position === String(head));
    }, `every projection reached position ${head}`);

    const schema = uniqueSchemaName('lease_clean');
    const clean: ReadModelStore = await createPostgresReadModelStore({ connectionString: pgUrl, schema });
    const projected: ReadModelStore = await createPostgresReadModelStore({ connectionString: database.url });
    try {
      await createProjectionRunner({ eventStore: events, readModels: clean, projections: defaultProjections() }).catchUp();
      for (const name of readModelNames) {
        expect({ name, rows: await readModelRows(projected, name) }).toEqual({ name, rows: await readModelRows(clean, name) });
      }
      expect(await readModelRows(projected, 'audit_log')).toHaveLength(800 * 10);
    } finally {
      await clean.close();
      await projected.close();
      await dropSchema(schema);
      await events.close();
    }

    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
  }, 240_000);
});
