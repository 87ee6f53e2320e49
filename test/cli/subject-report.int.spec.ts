import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBinaan, runBinaanJson } from './support/run-binaan';
import { copyStore, removeFolder, temporaryFolder } from './support/seeded-store';
import { madeUpPerson, recordPeople } from './support/store-with-personal-data';

interface AccessEntry {
  readonly actor: { readonly id: string };
  readonly participantIds: readonly string[];
  readonly purpose: string;
}

describe('binaan subject-report: everything held about one person', () => {
  const folder = temporaryFolder('subject-report');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const her = madeUpPerson('Larasati');
  const other = madeUpPerson('Handayani');
  // She came back after her release and was enrolled again: a new participant id, linked to hers.
  const again = madeUpPerson('Larasati', randomUUID(), { enrolledOn: '2022-03-01', releasedOn: null, contactedOn: '2022-03-01' });
  const env = { BINAAN_ACTOR: 'officer-pdp-1' };
  const accessLog = async (): Promise<readonly AccessEntry[]> => JSON.parse((await runBinaan(['access-log', ...store, '--json'])).stdout) as AccessEntry[];

  beforeAll(() => recordPeople(dataDir, [her, other, again]), 60_000);
  afterAll(() => removeFolder(folder));

  it('shows her events and her personal data decrypted, no one else’s, and records its own disclosure', async () => {
    const run = await runBinaan(['subject-report', her.participantId, ...store], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const value of [her.fullName, her.registrationNumber, her.nik, her.birthDate, her.phone, her.address, her.notes]) expect(run.stdout).toContain(value);
    expect(run.stdout).not.toContain(other.fullName);
    expect(run.stdout).toContain(`Other enrolments of this person, each with a report of its own: ${again.participantId}`);
    expect(run.stdout).toMatch(/InmateEnrolled[\s\S]*InmateReleased[\s\S]*FollowUpLogged/);
    expect(run.stdout).toMatch(/Who was shown this person's data \(1 disclosure\(s\)\):[\s\S]*officer-pdp-1\s+admin\s+binaan subject-report/);
    expect(await accessLog()).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: 'officer-pdp-1' }), participantIds: [her.participantId], purpose: 'binaan subject-report' }),
    ]);
  });

  it('gives the same as JSON', async () => {
    const run = await runBinaanJson<{ events: readonly { type: string; personalData?: { status: string; data?: Record<string, unknown> } }[]; accessLog: readonly unknown[] }>(
      ['subject-report', her.participantId, ...store],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.json.events.find((event) => event.type === 'InmateEnrolled')?.personalData).toEqual({
      status: 'ok',
      data: expect.objectContaining({ fullName: her.fullName, nik: her.nik }),
    });
    expect(run.json.accessLog).toHaveLength(2);
  });

  it('refuses an unknown participant, and a store without its master key, with exit 2 and no disclosure recorded', async () => {
    const before = (await accessLog()).length;
    const unknown = await runBinaan(['subject-report', randomUUID(), ...store]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/no participant .* in this store/)]);
    const keyless = copyStore(dataDir, 'subject-report-keyless');
    try {
      rmSync(join(keyless, 'master.key'));
      const run = await runBinaan(['subject-report', her.participantId, '--store', `sqlite:${keyless}`]);
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/needs the master key/)]);
    } finally {
      removeFolder(keyless);
    }
    expect(await accessLog()).toHaveLength(before);
  });

  it('shows [erased] in place of her personal data once erased', async () => {
    expect((await runBinaan(['erase', her.participantId, '--basis', 'subject_request', ...store])).code).toBe(0);
    const run = await runBinaan(['subject-report', her.participantId, ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('personal data: [erased]');
    expect(run.stdout).toContain('PersonalDataErased');
    for (const value of [her.fullName, her.registrationNumber, her.nik, her.phone, her.address, her.notes]) expect(run.stdout).not.toContain(value);
  });
});
