import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { filesHolding } from './support/grep-folder';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';
import { madeUpPerson, recordPeople } from './support/store-with-personal-data';

describe('binaan retention: erasure once the retention period is over', () => {
  const folder = temporaryFolder('retention');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  // Released 2020-06-01: her M12 window closed on 2021-07-01, five years later is 2026-07-01.
  const expired = madeUpPerson('Kurniasih');
  const recent = madeUpPerson('Novitasari', randomUUID(), { releasedOn: '2024-01-10', contactedOn: '2024-04-10' });
  const inside = madeUpPerson('Oktaviani', randomUUID(), { releasedOn: null, contactedOn: '2024-04-10' });
  const retention = (args: readonly string[]) => runBinaan(['retention', ...args, ...store]);

  beforeAll(() => recordPeople(dataDir, [expired, recent, inside]), 60_000);
  afterAll(() => removeFolder(folder));

  it('lists, on a dry run, only the released participant whose last follow-up window closed more than 5 years ago, by id and dates', async () => {
    const run = await retention(['--dry-run', '--today', '2026-07-02']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^1 participant\(s\) whose last follow-up window closed more than 5 year\(s\) before 2026-07-02 \(dry run: nothing erased\):/);
    expect(run.stdout).toMatch(new RegExp(`${expired.participantId}\\s+2021-07-01\\s+2026-07-01`));
    expect(run.stdout).not.toContain(recent.participantId);
    expect(run.stdout).not.toContain(inside.participantId);
    expect(run.stdout).not.toContain(expired.fullName);
  });

  it('keeps her on the last day of the period, and with a longer --years', async () => {
    expect((await retention(['--dry-run', '--today', '2026-07-01'])).stdout).toMatch(/^0 participant\(s\)/);
    expect((await retention(['--dry-run', '--today', '2026-07-02', '--years', '6'])).stdout).toMatch(/^0 participant\(s\)/);
  });

  it('refuses a missing or doubled mode, a bad --years and --apply on a future --today with exit 2, naming the options', async () => {
    const none = await retention([]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/one of --dry-run or --apply is required/)]);
    const both = await retention(['--dry-run', '--apply']);
    expect([both.code, both.stderr]).toEqual([2, expect.stringMatching(/--dry-run and --apply exclude each other/)]);
    const years = await retention(['--dry-run', '--years', '0']);
    expect([years.code, years.stderr]).toEqual([2, expect.stringMatching(/--years: "0" is not a whole number from 1 to 100/)]);
    const future = await retention(['--apply', '--today', '2999-01-01']);
    expect([future.code, future.stderr]).toEqual([2, expect.stringMatching(/^binaan: --today: 2999-01-01 is after today .* --apply erases only what has expired by now/)]);
  });

  it('erases each of them on --apply with basis retention_expired, and nobody else', async () => {
    const run = await retention(['--apply', '--today', '2026-07-02']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^1 participant\(s\) .*: personal data erased, basis retention_expired\./);
    const history = await runBinaan(['history', expired.participantId, ...store, '--format', 'json']);
    expect(history.stdout).toContain('PersonalDataErased');
    const report = await runBinaan(['subject-report', expired.participantId, ...store, '--format', 'json']);
    expect(report.stdout).toContain('"basis": "retention_expired"');
    // Requested on the day the run was made, not on the day --today named.
    expect(report.stdout).not.toContain('"requestedOn": "2026-07-02"');
    expect(filesHolding(dataDir, expired.fullName)).toEqual([]);
    // Nobody else: with the master key the others' data still opens, the expired one's does not.
    for (const kept of [recent, inside]) {
      expect((await runBinaan(['subject-report', kept.participantId, ...store])).stdout).toContain(kept.fullName);
    }
    expect((await runBinaan(['subject-report', expired.participantId, ...store])).stdout).not.toContain(expired.fullName);
    expect((await retention(['--dry-run', '--today', '2026-07-02'])).stdout).toMatch(/^0 participant\(s\)/);
  });
});
