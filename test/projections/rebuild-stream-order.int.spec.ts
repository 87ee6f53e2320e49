import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoClock, executeAtRecordedTime, seedDemoProgramme } from '@binaan/demo-seed';
import { readModelNames, readModelRows, type ReadModelStore } from '@binaan/projections';
import { createRuntime } from '@binaan/runtime';
import { localDate } from '@binaan/testing';

jest.setTimeout(180_000);

const everyTable = async (readModels: ReadModelStore) =>
  Object.fromEntries(await Promise.all(readModelNames.map(async (name) => [name, await readModelRows(readModels, name)] as const)));

/**
 * The determinism property test folds random participant histories from the memory store. This one takes
 * the other kinds of stream as the running system writes them: the demo programme through command
 * handling into the SQLite store (enrolment reservations, facility counts, transfers, voids, releases),
 * so the rebuild reads the SQLite store's index by stream.
 */
it('on the SQLite store seeded through command handling, a rebuild stream after stream equals the catch-up by position, table by table', async () => {
  const root = mkdtempSync(join(tmpdir(), 'binaan-stream-order-'));
  const clock = createDemoClock();
  const runtime = await createRuntime({ dataDir: join(root, 'data'), env: {}, clock: clock.now, projections: 'off' });
  try {
    await seedDemoProgramme(executeAtRecordedTime(clock, runtime.executeCommand, runtime.executeFacilityCommand), {
      participants: 150,
      seed: 11,
      today: localDate('2024-06-01'),
    });
    clock.set(new Date('2024-06-01T05:00:00Z'));
    const streamKinds = new Set<string>();
    for await (const event of runtime.store.readAll()) streamKinds.add(event.streamName.split('-')[0] ?? '');
    expect([...streamKinds].sort()).toEqual(expect.arrayContaining(['enrolment', 'facility', 'participant']));
    expect(runtime.store.readAllByStream).toBeDefined();

    await runtime.projections.catchUp();
    const byPosition = await everyTable(runtime.readModels);
    expect(await runtime.projections.rebuild()).toEqual([]);
    const byStream = await everyTable(runtime.readModels);
    for (const name of readModelNames) expect([name, byStream[name]]).toEqual([name, byPosition[name]]);
    expect(byStream['participant_status']?.length).toBeGreaterThan(100);
    expect(byStream['facility_coverage']?.length).toBeGreaterThan(0);
  } finally {
    await runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
});
