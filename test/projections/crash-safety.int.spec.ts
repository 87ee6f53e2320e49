import { type ChildProcess, spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  readModelNames,
  createProjectionRunner,
  createSqliteReadModelStore,
  defaultProjections,
  readModelRows,
  type ReadModelStore,
} from '@binaan/projections';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { crashClock } from './support/crash-clock';
import { appendW1, eventsPerParticipant } from './support/w1-history';

const repositoryRoot = resolve(__dirname, '../..');
const childScript = join(__dirname, 'support/catch-up-child.ts');
const participants = 5_000;
const kills = 20;
const rebuildKills = 10;
const childBatchSize = 100;

interface ChildRun {
  readonly child: ChildProcess;
  readonly started: Promise<void>;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stderr: string }>;
}

const startChild = (eventsPath: string, readModelsPath: string, mode: 'catch-up' | 'rebuild' = 'catch-up'): ChildRun => {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, eventsPath, readModelsPath, String(childBatchSize), mode], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = new Promise<void>((resolveStarted) =>
    child.stdout!.on('data', (chunk: Buffer) => /catching-up|rebuilding/.test(chunk.toString()) && resolveStarted()),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolveExit) =>
    child.on('exit', (code, signal) => resolveExit({ code, signal, stderr })),
  );
  return { child, started: Promise.race([started, exited.then(() => undefined)]), exited };
};

/** Rows of a query on the read-model file, opened read-only for the moment of the query. */
const queryFile = <Row>(readModelsPath: string, sql: string): Row[] => {
  const database = new Database(readModelsPath, { readonly: true, fileMustExist: false });
  try {
    return database.prepare(sql).all() as Row[];
  } finally {
    database.close();
  }
};

/** The checkpoint of every projection in the read-model file, as a killed child left it. */
const checkpoints = (readModelsPath: string): readonly string[] => {
  try {
    const rows = queryFile<{ projection: string; position: number | null }>(
      readModelsPath,
      "select projection, position from projection_state where status = 'active' order by projection",
    );
    return rows.map((row) => `${row.projection}@${row.position}`);
  } catch {
    return [];
  }
};

/** Versions of the read models that are not the active one: a rebuild in progress (or one that died). */
const versionsBeingBuilt = (readModelsPath: string): readonly string[] =>
  queryFile<{ projection: string; version: number; position: number | null }>(
    readModelsPath,
    "select projection, version, position from projection_state where status <> 'active' order by projection",
  ).map((row) => `${row.projection}.v${row.version}@${row.position}`);

/** Physical read-model tables (`<name>_v<version>`) in the file. */
const physicalTables = (readModelsPath: string): readonly string[] =>
  queryFile<{ name: string }>(readModelsPath, "select name from sqlite_master where type = 'table' and name glob '*_v[0-9]*' order by name").map(
    (row) => row.name,
  );

const rowsOf = async (readModelsPath: string) => {
  const readModels = await createSqliteReadModelStore({ filename: readModelsPath });
  try {
    return await allRows(readModels);
  } finally {
    await readModels.close();
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
      // Decided by how the child ended: it can finish between the check above and the kill.
      if (exit.signal === 'SIGKILL') {
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
  it(`a rebuild killed ${rebuildKills} times with SIGKILL leaves the active version serving, and the next start cleans up and rebuilds`, async () => {
    const readModelsPath = join(folder, 'read-models-rebuilt.sqlite');
    expect(await startChild(eventsPath, readModelsPath).exited).toEqual({ code: 0, signal: null, stderr: '' });
    const before = await rowsOf(readModelsPath);
    const activeTables = physicalTables(readModelsPath);
    let killed = 0;
    let killedMidRebuild = 0;
    while (killed < rebuildKills) {
      const run = startChild(eventsPath, readModelsPath, 'rebuild');
      await run.started;
      await sleep(Math.floor(Math.random() * 600));
      const stillRunning = run.child.exitCode === null && run.child.signalCode === null;
      if (stillRunning) run.child.kill('SIGKILL');
      const exit = await run.exited;
      // Decided by how the child ended: it can finish between the check above and the kill.
      if (exit.signal !== 'SIGKILL') {
        expect(exit).toMatchObject({ code: 0, stderr: '' });
        continue;
      }
      killed += 1;
      if (versionsBeingBuilt(readModelsPath).length > 0) killedMidRebuild += 1;
      // Whatever the kill interrupted, the active versions still hold exactly what they held.
      expect(await rowsOf(readModelsPath)).toEqual(before);
    }
    expect(killedMidRebuild).toBeGreaterThanOrEqual(rebuildKills / 2);

    expect(await startChild(eventsPath, readModelsPath, 'rebuild').exited).toEqual({ code: 0, signal: null, stderr: '' });
    expect(versionsBeingBuilt(readModelsPath)).toEqual([]);
    // One version of each table is left: the half-built ones were dropped, the replaced ones too.
    expect(physicalTables(readModelsPath)).toHaveLength(activeTables.length);
    const after = await rowsOf(readModelsPath);
    expect(after['audit_log']).toHaveLength(participants * eventsPerParticipant);
    expect(after).toEqual(before);
  }, 240_000);
});
