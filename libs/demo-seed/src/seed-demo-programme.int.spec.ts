import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalDate } from '@binaan/domain';
import { verifyStreamChain } from '@binaan/integrity';
import { type RecordedEvent } from '@binaan/event-store';
import { createRuntime, type BinaanRuntime } from '@binaan/runtime';
import { createDemoClock, executeAtRecordedTime, type DemoClock } from './demo-clock';
import { RE_ENROLMENT_INDEX_OFFSET } from './demo-ids';
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

  const seed = () => seedDemoProgramme(executeAtRecordedTime(clock, runtime.executeCommand, runtime.executeFacilityCommand), options);

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
    const participantCommands = plan.commands.filter((command) => command.input.type !== 'RecordFacilityPopulation');
    expect(participantEvents).toHaveLength(participantCommands.length);
    expect(participantEvents.map((event) => event.metadata['recordedAt'])).toEqual(
      participantCommands.map((command) => command.recordedAt.toISOString()),
    );
    // A re-enrolment takes over her reservation from the ended enrolment and names it.
    const reEnrolments = participantCommands.filter((command) => command.input.type === 'EnrollInmate' && command.participantIndex >= RE_ENROLMENT_INDEX_OFFSET);
    const linked = participantEvents.filter((event) => event.type === 'InmateEnrolled' && typeof event.data['previousParticipantId'] === 'string');
    expect(linked).toHaveLength(reEnrolments.length);
    const counts = events.filter((event) => event.streamName.startsWith('facility-'));
    expect(counts).toHaveLength(plan.commands.length - participantCommands.length);
    expect(await verifyStreamChain(counts)).toEqual([]);
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
