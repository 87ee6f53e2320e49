import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesHolding } from './support/grep-folder';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';
import { madeUpPerson, recordPeople, type MadeUpPerson } from './support/store-with-personal-data';

const personalValues = (person: MadeUpPerson): readonly string[] => [
  person.fullName,
  person.registrationNumber,
  person.nik,
  person.birthDate,
  person.phone,
  person.address,
  person.notes,
];

describe('binaan erase', () => {
  const folder = temporaryFolder('erase');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const her = madeUpPerson('Zaqiyah');
  const other = madeUpPerson('Wulandari');

  beforeAll(() => recordPeople(dataDir, [her, other]), 60_000);
  afterAll(() => removeFolder(folder));

  it('erases her personal data: history shows it, figures and chains stay, and no file of the data folder holds her data', async () => {
    // Names are sealed at rest, before any erasure too: only the master key opens them.
    expect(filesHolding(dataDir, her.fullName)).toEqual([]);
    expect(filesHolding(dataDir, other.fullName)).toEqual([]);
    // The grep can find a name where one is written in clear.
    const probe = join(folder, 'probe');
    mkdirSync(probe);
    writeFileSync(join(probe, 'clear.txt'), `${her.fullName}\n`);
    expect(filesHolding(probe, her.fullName)).toEqual(['clear.txt']);
    const figuresBefore = await runBinaan(['outcomes', ...store, '--format', 'json']);
    expect(figuresBefore.code).toBe(0);

    const erased = await runBinaan(['erase', her.participantId, '--basis', 'subject_request', '--requested-on', '2026-01-05', ...store]);
    expect(erased.stderr).toBe('');
    expect(erased.code).toBe(0);
    expect(erased.stdout).toContain(`Erased the personal data of participant ${her.participantId} (basis subject_request, requested on 2026-01-05)`);

    const history = await runBinaan(['history', her.participantId, ...store]);
    expect(history.code).toBe(0);
    expect(history.stdout).toContain('PersonalDataErased');
    expect(history.stdout).toContain('[erased]');

    const exported = await runBinaan(['export', ...store, '--include-personal']);
    expect(exported.code).toBe(0);
    const herRows = exported.stdout
      .split('\n')
      .filter((line) => line.includes(`participant-${her.participantId}`))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(herRows.length).toBeGreaterThanOrEqual(4);
    expect(herRows.map((row) => [row['full_name'], row['registration_number'], row['nik'], row['birth_date'], row['notes']])).toEqual(
      herRows.map(() => [null, null, null, null, null]),
    );
    expect(herRows.filter((row) => row['personal_data_status'] === 'erased').length).toBeGreaterThanOrEqual(1);
    expect(exported.stdout).toContain(other.fullName);

    expect((await runBinaan(['outcomes', ...store, '--format', 'json'])).stdout).toBe(figuresBefore.stdout);
    const verified = await runBinaan(['verify', ...store]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Result: CLEAN');

    for (const value of personalValues(her)) expect({ value, files: filesHolding(dataDir, value) }).toEqual({ value, files: [] });
    // The control: with the master key the other participant's data still opens; hers does not.
    const report = await runBinaan(['subject-report', other.participantId, ...store]);
    expect(report.stdout).toContain(other.fullName);
  });

  it('refuses a second erasure, a missing or unknown --basis and a bad --requested-on, with exit 2 naming the rule', async () => {
    const again = await runBinaan(['erase', her.participantId, '--basis', 'subject_request', ...store]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already erased/);
    const missing = await runBinaan(['erase', other.participantId, ...store]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--basis is required.*subject_request, retention_expired, legal_order/);
    const unknown = await runBinaan(['erase', other.participantId, '--basis', 'whim', ...store]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--basis: "whim" is not one of subject_request, retention_expired, legal_order/);
    const future = await runBinaan(['erase', other.participantId, '--basis', 'subject_request', '--requested-on', '2999-01-01', ...store]);
    expect([future.code, future.stderr]).toEqual([2, expect.stringMatching(/^binaan: --requested-on: 2999-01-01 is after today/)]);
    const notADate = await runBinaan(['erase', other.participantId, '--basis', 'subject_request', '--requested-on', 'yesterday', ...store]);
    expect([notADate.code, notADate.stderr]).toEqual([2, expect.stringMatching(/^binaan: --requested-on: "yesterday" is not a date/)]);
  });

  it('needs the master key', async () => {
    const run = await runBinaan(['erase', other.participantId, '--basis', 'subject_request', '--store', `sqlite:${folder}`]);
    expect(run.code).toBe(2);
  });
});
