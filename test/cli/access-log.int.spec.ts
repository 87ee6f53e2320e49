import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENTS_FILE } from '@binaan/runtime';
import { runBinaan, runBinaanJson } from './support/run-binaan';
import { copyStore, removeFolder, temporaryFolder } from './support/seeded-store';
import { madeUpPerson, recordPeople } from './support/store-with-personal-data';

interface Entry {
  readonly actor: { readonly id: string; readonly role: string };
  readonly participantIds: readonly string[];
  readonly purpose: string;
  readonly streamName: string;
  readonly recordedAt: string;
}

const accessLog = async (args: readonly string[]): Promise<readonly Entry[]> => {
  const run = await runBinaan(['access-log', ...args, '--json']);
  if (run.code !== 0) throw new Error(`access-log failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Entry[];
};

describe('binaan access-log: the record of who was shown personal data', () => {
  const folder = temporaryFolder('access-log');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const her = madeUpPerson('Kartika');
  const other = madeUpPerson('Puspita');
  const env = { BINAAN_ACTOR: 'auditor-bpk-7' };

  beforeAll(() => recordPeople(dataDir, [her, other]), 60_000);
  afterAll(() => removeFolder(folder));

  it('holds nothing before any disclosure, and an export without personal data adds nothing', async () => {
    expect(await accessLog(store)).toEqual([]);
    expect((await runBinaan(['export', ...store])).code).toBe(0);
    expect(await accessLog(store)).toEqual([]);
    expect((await runBinaan(['access-log', ...store])).stdout).toMatch(/^No disclosure of personal data is recorded/);
  });

  it('records an export with personal data, before it is written, naming every participant it showed', async () => {
    const exported = await runBinaan(['export', ...store, '--include-personal'], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(her.fullName);
    const entries = await accessLog(store);
    expect(entries).toEqual([
      expect.objectContaining({
        actor: { id: 'auditor-bpk-7', role: 'admin' },
        participantIds: [her.participantId, other.participantId].sort(),
        purpose: 'binaan export --include-personal',
      }),
    ]);
    // The export itself lists its own disclosure: it was recorded before the first row was read.
    expect(exported.stdout).toContain(entries[0]!.streamName);
  });

  it('filters by participant, actor and day, and shows no personal data', async () => {
    expect(await accessLog([...store, '--participant', her.participantId])).toHaveLength(1);
    expect(await accessLog([...store, '--actor', 'auditor-bpk-7'])).toHaveLength(1);
    expect(await accessLog([...store, '--actor', 'someone-else'])).toEqual([]);
    expect(await accessLog([...store, '--from', '2999-01-01'])).toEqual([]);
    expect(await accessLog([...store, '--to', '2000-01-01'])).toEqual([]);
    const table = await runBinaan(['access-log', ...store]);
    expect(table.stdout).toMatch(/auditor-bpk-7\s+admin\s+.*binaan export --include-personal/);
    for (const value of [her.fullName, her.registrationNumber, her.nik, her.notes]) expect(table.stdout).not.toContain(value);
  });

  it('refuses bad options with exit 2, naming the option and the rule', async () => {
    const badId = await runBinaan(['access-log', ...store, '--participant', 'Siti']);
    expect([badId.code, badId.stderr]).toEqual([2, expect.stringMatching(/--participant: "Siti" is not a lower-case UUID/)]);
    const badDate = await runBinaan(['access-log', ...store, '--from', '2020-02-30']);
    expect([badDate.code, badDate.stderr]).toEqual([2, expect.stringMatching(/--from: "2020-02-30" is not a date/)]);
    const reversed = await runBinaan(['access-log', ...store, '--from', '2020-02-02', '--to', '2020-01-01']);
    expect([reversed.code, reversed.stderr]).toEqual([2, expect.stringMatching(/--from 2020-02-02 is after --to 2020-01-01/)]);
  });

  it('is covered by verify: an access entry edited in SQLite is a break in its disclosure stream', async () => {
    const copy = copyStore(dataDir, 'access-log-tampered');
    try {
      const clean = await runBinaanJson<{ result: string }>(['verify', '--store', `sqlite:${copy}`]);
      expect([clean.code, clean.json.result]).toEqual([0, 'clean']);
      const db = new Database(join(copy, EVENTS_FILE));
      const row = db.prepare("SELECT position, stream_name, data FROM events WHERE stream_name LIKE 'disclosures-%'").get() as {
        position: number;
        stream_name: string;
        data: string;
      };
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(row.data.replace('binaan export', 'routine backup'), row.position);
      db.close();
      const tampered = await runBinaanJson<{ result: string; breaks: readonly { streamName: string; kind: string; source: string }[] }>([
        'verify',
        '--store',
        `sqlite:${copy}`,
      ]);
      expect(tampered.code).toBe(1);
      expect(tampered.json.breaks).toEqual(
        expect.arrayContaining([expect.objectContaining({ source: 'chain', streamName: row.stream_name, kind: 'modified' })]),
      );
    } finally {
      removeFolder(copy);
    }
  });

  it('leaves an erased participant out of what a later export discloses', async () => {
    expect((await runBinaan(['erase', her.participantId, '--basis', 'legal_order', ...store])).code).toBe(0);
    expect((await runBinaan(['export', ...store, '--include-personal'], env)).code).toBe(0);
    const entries = await accessLog(store);
    expect(entries.map((entry) => entry.participantIds)).toEqual([[her.participantId, other.participantId].sort(), [other.participantId]]);
  });
});
