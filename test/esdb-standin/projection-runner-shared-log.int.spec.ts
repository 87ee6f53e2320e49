import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaanEventSchema, binaanStreamPrefixes } from '@binaan/command-handling';
import type { EventStore, RecordedEvent } from '@binaan/event-store';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import {
  createProjectionRunner,
  createSqliteReadModelStore,
  defaultProjections,
  readModelRows,
  type ProjectionRunner,
  type ProjectionStatus,
  type ReadModelStore,
} from '@binaan/projections';
import { appendW1, w1Events } from '../projections/support/w1-history';
import { appendRecord, appendSystemProjectionLinks, seedForeignEvents, seedServerRecords, startEsdbStandIn, type EsdbStandIn } from './';
import { collect } from './stand-in-fixtures';

/** The projection runner over the esdb adapter, on a `$all` shared with the server and other applications. */

interface Setup {
  readonly standIn: EsdbStandIn;
  /** Writes as another tool would: no schema check, Binaan's prefixes known. */
  readonly writer: EventStore;
  readonly eventStore: EventStore;
  readonly readModels: ReadModelStore;
  readonly runner: ProjectionRunner;
  readonly folder: string;
}

const setUp = async (): Promise<Setup> => {
  const standIn = await startEsdbStandIn();
  const connection = { connectionString: standIn.connectionString, ownStreamPrefixes: binaanStreamPrefixes };
  const writer = createEsdbEventStore(connection);
  const eventStore = createEsdbEventStore({ ...connection, schema: binaanEventSchema, reconnect: { maxAttempts: 2 } });
  const folder = mkdtempSync(join(tmpdir(), 'binaan-runner-esdb-'));
  const readModels = await createSqliteReadModelStore({ filename: join(folder, 'read-models.db') });
  const runner = createProjectionRunner({ eventStore, readModels, projections: defaultProjections(), lingerMs: 5 });
  return { standIn, writer, eventStore, readModels, runner, folder };
};

const tearDown = async (setup: Setup): Promise<void> => {
  await setup.runner.stop();
  await setup.readModels.close();
  await setup.eventStore.close();
  await setup.writer.close();
  await setup.standIn.stop();
  rmSync(setup.folder, { recursive: true, force: true });
};

/** Noise of every kind the stand-in can seed: server records, two other applications, their links. */
const seedNoise = (setup: Setup): void => {
  seedServerRecords(setup.standIn.store);
  for (const stream of [`orders-${randomUUID()}`, `invoices-${randomUUID()}`]) {
    seedForeignEvents(setup.standIn.store, stream).forEach((event) => appendSystemProjectionLinks(setup.standIn.store, event));
  }
};

const lastBinaanPosition = async (eventStore: EventStore): Promise<bigint> => {
  const events: readonly RecordedEvent[] = await collect(eventStore.readAll());
  return events.at(-1)?.position ?? 0n;
};

const statusOf = async (runner: ProjectionRunner, name: string): Promise<ProjectionStatus> => {
  const found = (await runner.status()).find((status) => status.name === name);
  if (found === undefined) throw new Error(`no projection ${name}`);
  return found;
};

describe('projection runner over EventStoreDB: what is not Binaan’s', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp();
    await appendW1(setup.writer, 2);
    seedNoise(setup);
    await setup.writer.appendToStream(`participant-${w1Events(2)[0]?.data['participantId']}`, w1Events(2));
    seedNoise(setup);
  });
  afterAll(() => tearDown(setup));

  it('catches up past system records, links and other applications’ events, projecting Binaan’s only', async () => {
    await setup.runner.start();
    const head = await lastBinaanPosition(setup.eventStore);
    const statuses = await setup.runner.status();
    expect(statuses.map((status) => [status.name, status.state, status.position, status.failure, status.stoppedBy])).toEqual(
      defaultProjections().map((projection) => [projection.name, 'live', head, null, null]),
    );
    expect(await readModelRows(setup.readModels, 'audit_log')).toHaveLength(30);
    expect((await readModelRows(setup.readModels, 'audit_log')).every((row) => String(row['stream_name']).startsWith('participant-'))).toBe(true);
  });

  it('reports what it passed over, by reason, in every projection’s status', async () => {
    // Twice: 8 server records, 10 foreign events in 2 streams, 10 × ($ce, $et) + 2 $streams links.
    expect((await setup.runner.status()).map((status) => status.skipped)).toEqual(
      defaultProjections().map(() => ({ system: 16, links: 44, foreign: 20, foreignStreams: 4 })),
    );
  });

  it('stays live through more noise, applies the next Binaan event, and moves its checkpoint forward only', async () => {
    const before = await statusOf(setup.runner, 'audit_log');
    seedNoise(setup);
    const index = 3;
    await setup.writer.appendToStream(`participant-${w1Events(index)[0]?.data['participantId']}`, w1Events(index));
    seedNoise(setup);
    const head = await lastBinaanPosition(setup.eventStore);
    let now = before;
    const seen: bigint[] = [];
    const deadline = Date.now() + 5_000;
    while (now.position !== head && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      now = await statusOf(setup.runner, 'audit_log');
      if (now.position !== null) seen.push(now.position);
    }
    expect(now).toMatchObject({ state: 'live', position: head, stoppedBy: null });
    expect(seen.every((position, n) => n === 0 || position >= (seen[n - 1] ?? 0n))).toBe(true);
    expect(before.position !== null && head > before.position).toBe(true);
    expect((await setup.runner.status())[0]?.skipped).toMatchObject({ foreign: 40, foreignStreams: 8 });
  });

  it('stops only the projection that cannot read a Binaan event of a newer schema version, naming position, type and reason', async () => {
    const participantId = String(w1Events(0)[0]?.data['participantId']);
    const streamName = `participant-${participantId}`;
    const newer = { id: randomUUID(), type: 'FollowUpLogged', data: { schemaVersion: 99, participantId, contactedOn: '2020-01-01' }, metadata: {} };
    const { position } = await setup.writer.appendToStream(streamName, [newer]);
    const deadline = Date.now() + 5_000;
    let outcomes = await statusOf(setup.runner, 'outcomes');
    while (outcomes.state !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      outcomes = await statusOf(setup.runner, 'outcomes');
    }
    expect(outcomes.state).toBe('failed');
    expect(outcomes.failure?.position).toBe(position);
    expect(outcomes.failure?.message).toMatch(new RegExp(`FollowUpLogged at position ${position}: .*schemaVersion`));
    expect(outcomes.position !== null && outcomes.position < position).toBe(true);
    const auditLog = await statusOf(setup.runner, 'audit_log');
    expect(auditLog).toMatchObject({ state: 'live', failure: null });
  });
});

describe('projection runner over EventStoreDB: a Binaan event the store cannot read at all', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp();
    await appendW1(setup.writer, 1);
  });
  afterAll(() => tearDown(setup));

  it('stops the runner there with a status naming position, type and reason, and keeps every checkpoint before it', async () => {
    const participantId = String(w1Events(0)[0]?.data['participantId']);
    const before = await lastBinaanPosition(setup.eventStore);
    seedNoise(setup);
    appendRecord(setup.standIn.store, { streamName: `participant-${participantId}`, type: 'FollowUpLogged', data: Buffer.from('rusak', 'utf8') });
    await expect(setup.runner.start()).rejects.toThrow(
      /projection runner stopped: event at position \d+ \(type FollowUpLogged, stream participant-[0-9a-f-]+\) cannot be read: its data is binary/,
    );
    const statuses = await setup.runner.status();
    for (const status of statuses) {
      expect(status.stoppedBy).toMatch(/cannot be read: its data is binary \(application\/octet-stream\), not a JSON object/);
      expect(status.stoppedBy).not.toMatch(/rusak/);
      expect(status.position).toBe(before);
    }
  });
});
