import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedCatalogue, type LocalDate } from '@binaan/domain';
import {
  binaanEventSchema,
  createMasterKey,
  createParticipantCommandHandler,
  createPersonalDataVault,
  createSqliteEventStore,
  createSqliteKeyStore,
  verifyStreamChain,
  type EventStore,
  type KeyStore,
  type RecordedEvent,
} from '@binaan/event-store';
import { createDemoClock, executeAtRecordedTime } from './demo-clock';
import { planProgramme } from './plan/plan-programme';
import { seedDemoProgramme } from './seed-demo-programme';

const today = '2025-06-15' as LocalDate;
const options = { participants: 40, seed: 11, today };

describe('seedDemoProgramme on SQLite', () => {
  let folder: string;
  let store: EventStore;
  let keyStore: KeyStore;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'binaan-demo-seed-'));
    store = createSqliteEventStore({ path: join(folder, 'events.sqlite'), schema: binaanEventSchema, synchronous: 'normal' });
    keyStore = await createSqliteKeyStore({ database: join(folder, 'events.sqlite'), masterKey: createMasterKey(randomBytes(32)) });
  });

  afterEach(async () => {
    await keyStore.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const seed = async () => {
    const clock = createDemoClock();
    const handle = createParticipantCommandHandler({
      store,
      catalogue: shippedCatalogue,
      vault: createPersonalDataVault(keyStore),
      reservationKey: randomBytes(32),
      clock: clock.now,
    });
    return seedDemoProgramme(executeAtRecordedTime(clock, handle), options);
  };

  const storedEvents = async (): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll()) events.push(event);
    return events;
  };

  it('issues every planned command through command handling, recorded at its planned time', async () => {
    const report = await seed();
    const plan = planProgramme(options);
    expect(report.commands).toBe(plan.commands.length);
    expect(report.participantIds).toEqual(plan.participantIds);

    const participantEvents = (await storedEvents()).filter((event) => event.streamName.startsWith('participant-'));
    expect(participantEvents).toHaveLength(plan.commands.length);
    expect(participantEvents.map((event) => event.metadata['recordedAt'])).toEqual(
      plan.commands.map((command) => command.recordedAt.toISOString()),
    );
    expect(await verifyStreamChain(participantEvents)).toEqual([]);
    expect(JSON.stringify(participantEvents.map(({ data, metadata }) => ({ data, metadata })))).not.toMatch(/"fullName"|"registrationNumber"|"nik"/);
  });

  it('writes nothing new when seeded again: every command id is already in the store', async () => {
    await seed();
    const before = await storedEvents();
    await seed();
    expect(await storedEvents()).toHaveLength(before.length);
  });
});
