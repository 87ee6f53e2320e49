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
import { createScratchDatabase, dropSchema, pgUrl, uniqueSchemaName } from '../projections/support/postgres';
import { w1Events } from '../projections/support/w1-history';
import { eventually, type WatchedProcess } from './support/child-process-output';
import { projectionPositions as positionsIn, startProjectionWorker } from './support/binaan-processes';

type Worker = WatchedProcess;
const startWorker = (dataDir: string, databaseUrl: string): Worker => startProjectionWorker(dataDir, { PG_URL: databaseUrl });

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
    await first.printed('projection worker running');
    const second = startWorker(dataDir, database.url);
    workers.push(second);
    await second.printed('standing by');

    await append(200, 600);
    await eventually(async () => (await positionsIn(database.url)).some((row) => row.position !== null), 'the first worker has projected something');
    first.child.kill('SIGKILL');
    expect(await first.exited()).toBeNull();
    await second.printed('projection worker running');
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
