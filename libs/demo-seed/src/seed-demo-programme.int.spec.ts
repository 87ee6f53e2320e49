import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalDate } from '@binaan/domain';
import { verifyStreamChain } from '@binaan/integrity';
import { type RecordedEvent } from '@binaan/event-store';
import { createRuntime, type BinaanRuntime } from '@binaan/runtime';
import { createDemoClock, executeAtRecordedTime, type DemoClock } from './demo-clock';
import { planProgramme } from './plan/plan-programme';
import { seedDemoProgramme } from './seed-demo-programme';

const today = '2025-06-15' as LocalDate;
const options = { participants: 40, seed: 11, today };

describe('seedDemoProgramme through the runtime, on SQLite', () => {
  let folder: string;
  let clock: DemoClock;
  let runtime: BinaanRuntime;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'binaan-demo-seed-'));
    clock = createDemoClock();
    runtime = await createRuntime({ dataDir: join(folder, 'data'), env: {}, clock: clock.now, projections: 'off' });
  });

  afterEach(async () => {
    await runtime.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const seed = () => seedDemoProgramme(executeAtRecordedTime(clock, runtime.executeCommand), options);

  const storedEvents = async (): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const event of runtime.store.readAll()) events.push(event);
    return events;
  };

  it('issues every planned command through command handling, recorded at its planned time', async () => {
    const report = await seed();
    const plan = planProgramme(options);
    expect(report.commands).toBe(plan.commands.length);
    expect(report.participantIds).toEqual(plan.participantIds);

    const events = await storedEvents();
    const participantEvents = events.filter((event) => event.streamName.startsWith('participant-'));
    expect(participantEvents).toHaveLength(plan.commands.length);
    expect(participantEvents.map((event) => event.metadata['recordedAt'])).toEqual(
      plan.commands.map((command) => command.recordedAt.toISOString()),
    );
    expect(await verifyStreamChain(participantEvents)).toEqual([]);
    expect(JSON.stringify(events.map(({ data, metadata }) => ({ data, metadata })))).not.toMatch(/"fullName"|"registrationNumber"|"nik"/);
  });

  it('writes nothing new when seeded again: every command id is already in the store', async () => {
    await seed();
    const before = await storedEvents();
    await seed();
    expect(await storedEvents()).toHaveLength(before.length);
  });
});
