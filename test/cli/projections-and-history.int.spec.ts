import { join } from 'node:path';
import { runBinaan, runBinaanJson } from './support/run-binaan';
import { removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';
import { storedEvents } from './support/stored-events';

interface Status {
  readonly name: string;
  readonly version: number;
  readonly position: string | null;
  readonly lagEvents: number;
  readonly failure: unknown;
}

describe('binaan projections and history on a seeded store', () => {
  const folder = temporaryFolder('projections');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  let lastPosition: string;

  beforeAll(async () => {
    await seedDemoStore(dataDir);
    const events = await storedEvents(dataDir);
    lastPosition = String(events[events.length - 1]!.position);
  }, 120_000);
  afterAll(() => removeFolder(folder));

  it('reports every projection caught up to the last event after the demo', async () => {
    const run = await runBinaanJson<readonly Status[]>(['projections', 'status', ...store]);
    expect(run.code).toBe(0);
    expect(run.json.map(({ name, position, lagEvents, failure }) => ({ name, position, lagEvents, failure }))).toEqual(
      ['outcomes', 'audit_log', 'coverage', 'participant_directory'].map((name) => ({ name, position: lastPosition, lagEvents: 0, failure: null })),
    );
  });

  it('rebuilds one projection into a new table version, leaving the others as they were', async () => {
    const before = await runBinaanJson<readonly Status[]>(['projections', 'status', ...store]);
    const rebuilt = await runBinaan(['projections', 'rebuild', 'audit_log', ...store]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/^Rebuilt audit_log\./);
    const after = await runBinaanJson<readonly Status[]>(['projections', 'status', ...store]);
    const versionOf = (statuses: readonly Status[], name: string) => statuses.find((status) => status.name === name)!.version;
    expect(versionOf(after.json, 'audit_log')).toBe(versionOf(before.json, 'audit_log') + 1);
    expect(versionOf(after.json, 'outcomes')).toBe(versionOf(before.json, 'outcomes'));
    expect(after.json.find((status) => status.name === 'audit_log')!.position).toBe(lastPosition);
    expect((await runBinaan(['verify', ...store])).code).toBe(0);
  });

  it("lists a participant's events in order with dates, actor, command id, hash and the state after each", async () => {
    const events = (await storedEvents(dataDir)).filter((event) => event.streamName.startsWith('participant-'));
    const stream = events.find((event) => event.type === 'FollowUpLogged')!.streamName;
    const own = events.filter((event) => event.streamName === stream);
    const participantId = stream.slice('participant-'.length);
    type History = { readonly events: readonly { revision: string; type: string; hash: string; commandId: string; actor: { role: string }; stateAfter: { status: string } }[] };
    const run = await runBinaanJson<History>(['history', participantId, ...store]);
    expect(run.code).toBe(0);
    expect(run.json.events.map(({ revision, type, hash, commandId }) => ({ revision, type, hash, commandId }))).toEqual(
      own.map((event) => ({ revision: String(event.revision), type: event.type, hash: event.metadata['hash'], commandId: event.metadata['commandId'] })),
    );
    expect(run.json.events.every((event) => event.stateAfter.status === 'enrolled')).toBe(true);
    const table = await runBinaan(['history', participantId, ...store]);
    expect(table.stdout).toContain('InmateEnrolled');
    expect(table.stdout).toContain('released');
    expect(table.stdout).not.toMatch(/fullName|registrationNumber/);
  });
});
