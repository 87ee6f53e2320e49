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
    // The grep can find a name: before the erasure the directory read model holds both in clear.
    expect(filesHolding(dataDir, her.fullName)).not.toEqual([]);
    expect(filesHolding(dataDir, other.fullName)).not.toEqual([]);
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
    // The control: the grep still finds the other participant's name.
    expect(filesHolding(dataDir, other.fullName)).not.toEqual([]);
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
