import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runBinaan } from './support/run-binaan';
import { removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';
import { storedEvents } from './support/stored-events';

const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('binaan export: the audit log, personal data only when asked for with the key', () => {
  const folder = temporaryFolder('export');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  let events: Awaited<ReturnType<typeof storedEvents>>;

  beforeAll(async () => {
    await seedDemoStore(dataDir);
    events = await storedEvents(dataDir);
  }, 120_000);
  afterAll(() => removeFolder(folder));

  it('writes one JSONL row per event after a header saying personal data is excluded, with no personal data', async () => {
    const run = await runBinaan(['export', ...store]);
    expect(run.code).toBe(0);
    const [header, ...rows] = jsonLines(run.stdout);
    expect(header).toMatchObject({ kind: 'binaan-audit-log-export', personalData: 'excluded' });
    expect(rows).toHaveLength(events.length);
    expect(rows.map((row) => row['hash'])).toEqual(events.map((event) => event.metadata['hash'] ?? null));
    const enrolment = events.find((event) => event.type === 'InmateEnrolled')!;
    expect(rows.find((row) => row['position'] === String(enrolment.position))).toEqual(
      expect.objectContaining({ stream_name: enrolment.streamName, event_type: 'InmateEnrolled', actor_role: 'registrar', business_date: enrolment.data['enrolledOn'] }),
    );
    expect(run.stdout).not.toMatch(/full_name|registration_number|personalData"?:\s*\{/);
  });

  it('adds the decrypted personal data with --include-personal and the master key, and says so in the header', async () => {
    const run = await runBinaan(['export', ...store, '--include-personal']);
    expect(run.code).toBe(0);
    const [header, ...rows] = jsonLines(run.stdout);
    expect(header).toMatchObject({ personalData: 'included' });
    expect(header!['columns']).toEqual(expect.arrayContaining(['full_name', 'registration_number', 'nik', 'birth_date', 'notes']));
    const enrolments = rows.filter((row) => row['event_type'] === 'InmateEnrolled');
    expect(enrolments.length).toBeGreaterThan(0);
    expect(enrolments.every((row) => row['personal_data_status'] === 'ok' && typeof row['full_name'] === 'string')).toBe(true);
    expect(rows.some((row) => row['event_type'] === 'FollowUpLogged' && typeof row['notes'] === 'string')).toBe(true);
  });

  it('writes CSV whose header row carries the personal columns only when they are included', async () => {
    // Earlier exports with personal data added their disclosures to the store since `events` was read.
    const eventsNow = await storedEvents(dataDir);
    const plain = await runBinaan(['export', ...store, '--format', 'csv']);
    const personal = await runBinaan(['export', ...store, '--format', 'csv', '--include-personal']);
    const headerOf = (text: string) => text.split('\r\n')[0]!.split(',');
    expect(headerOf(plain.stdout)).not.toContain('full_name');
    expect(headerOf(personal.stdout)).toEqual(expect.arrayContaining(['personal_data_status', 'full_name']));
    expect(plain.stdout.split('\r\n').filter((line) => line !== '')).toHaveLength(eventsNow.length + 1);
  });

  it('keeps only events recorded between --from and --to (Asia/Jakarta days)', async () => {
    const run = await runBinaan(['export', ...store, '--from', '2020-01-01', '--to', '2020-03-31']);
    const [, ...rows] = jsonLines(run.stdout);
    const expected = events.filter((event) => {
      const recorded = Date.parse(String(event.metadata['recordedAt']));
      return recorded >= Date.parse('2020-01-01T00:00:00+07:00') && recorded < Date.parse('2020-04-01T00:00:00+07:00');
    });
    expect(rows.map((row) => row['position'])).toEqual(expected.map((event) => String(event.position)));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('writes a personal export to a new file readable by its owner only', async () => {
    const file = join(folder, 'audit-personal.jsonl');
    const run = await runBinaan(['export', ...store, '--include-personal', '--out', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Exported \d+ audit-log row\(s\) to .*It includes personal data/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(jsonLines(readFileSync(file, 'utf8'))[0]).toMatchObject({ personalData: 'included' });
  });
});
