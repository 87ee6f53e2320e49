import { type ChildProcess, spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readModelNames } from '@binaan/domain';
import { createSqliteEventStore } from '@binaan/event-store';
import { createProjectionRunner, createSqliteReadModelStore, defaultProjections, readModelRows, type ReadModelStore } from '@binaan/projections';
import { crashClock } from './support/crash-clock';
import { appendW1, eventsPerParticipant } from './support/w1-history';

const repositoryRoot = resolve(__dirname, '../..');
const childScript = join(__dirname, 'support/catch-up-child.ts');
const participants = 5_000;
const kills = 20;
const childBatchSize = 100;

interface ChildRun {
  readonly child: ChildProcess;
  readonly started: Promise<void>;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stderr: string }>;
}

const startChild = (eventsPath: string, readModelsPath: string): ChildRun => {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, eventsPath, readModelsPath, String(childBatchSize)], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = new Promise<void>((resolveStarted) =>
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('catching-up') && resolveStarted()),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolveExit) =>
    child.on('exit', (code, signal) => resolveExit({ code, signal, stderr })),
  );
  return { child, started: Promise.race([started, exited.then(() => undefined)]), exited };
};

/** The checkpoint of every projection in the read-model file, as a killed child left it. */
const checkpoints = (readModelsPath: string): readonly string[] => {
  const database = new Database(readModelsPath, { readonly: true, fileMustExist: false });
  try {
    const rows = database.prepare("select projection, position from projection_state where status = 'active' order by projection").all() as {
      projection: string;
      position: number | null;
    }[];
    return rows.map((row) => `${row.projection}@${row.position}`);
  } catch {
    return [];
  } finally {
    database.close();
  }
};

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

const allRows = async (readModels: ReadModelStore) =>
  Object.fromEntries(await Promise.all(readModelNames.filter((name) => name !== 'participant_directory').map(async (name) => [name, await readModelRows(readModels, name)] as const)));

describe('crash safety', () => {
  let folder: string;
  let eventsPath: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'binaan-crash-'));
    eventsPath = join(folder, 'events.sqlite');
    const eventStore = createSqliteEventStore({ path: eventsPath, synchronous: 'normal' });
    await appendW1(eventStore, participants);
    await eventStore.close();
  }, 60_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(`a catch-up of ${participants * eventsPerParticipant} events killed ${kills} times with SIGKILL ends equal to a clean rebuild`, async () => {
    const readModelsPath = join(folder, 'read-models.sqlite');
    let killed = 0;
    const seenCheckpoints = new Set<string>();
    while (killed < kills) {
      const run = startChild(eventsPath, readModelsPath);
      await run.started;
      await sleep(Math.floor(Math.random() * 400));
      const stillRunning = run.child.exitCode === null && run.child.signalCode === null;
      if (stillRunning) run.child.kill('SIGKILL');
      const exit = await run.exited;
      if (stillRunning) {
        expect(exit.signal).toBe('SIGKILL');
        killed += 1;
        seenCheckpoints.add(checkpoints(readModelsPath).join(' '));
      } else {
        // The catch-up finished before this kill: start over on an empty read-model file, so that
        // every one of the kills lands in the middle of a catch-up.
        expect(exit).toMatchObject({ code: 0, stderr: '' });
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${readModelsPath}${suffix}`, { force: true });
      }
    }
    const last = startChild(eventsPath, readModelsPath);
    expect(await last.exited).toEqual({ code: 0, signal: null, stderr: '' });
    expect(killed).toBe(kills);
    // The kills landed at many different points of the catch-up, not all before or after it.
    expect(seenCheckpoints.size).toBeGreaterThanOrEqual(kills / 2);

    const eventStore = createSqliteEventStore({ path: eventsPath });
    const survivor = await createSqliteReadModelStore({ filename: readModelsPath });
    const clean = await createSqliteReadModelStore({ filename: ':memory:' });
    try {
      await createProjectionRunner({ eventStore, readModels: clean, projections: defaultProjections(), batchSize: 5_000, clock: crashClock }).catchUp();
      const [afterCrashes, rebuilt] = [await allRows(survivor), await allRows(clean)];
      expect(afterCrashes['audit_log']).toHaveLength(participants * eventsPerParticipant);
      expect(afterCrashes).toEqual(rebuilt);
    } finally {
      await survivor.close();
      await clean.close();
      await eventStore.close();
    }
  }, 240_000);
});
