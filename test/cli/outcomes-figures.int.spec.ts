import { join } from 'node:path';
import type { ProgrammeOutcomeRow } from '@binaan/projections';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';

interface OutcomesJson {
  readonly rows: readonly ProgrammeOutcomeRow[];
  readonly total: ProgrammeOutcomeRow;
}

interface MembersJson {
  readonly figure: string;
  readonly referenceDate: string;
  readonly numerator: readonly string[];
  readonly denominator: readonly string[];
}

describe('binaan outcomes: every figure with its base, a total, and the people behind a figure', () => {
  const folder = temporaryFolder('outcomes-figures');
  const store = ['--store', `sqlite:${join(folder, 'data')}`];

  beforeAll(async () => {
    const run = await runBinaan(['demo', ...store, '--participants', '120', '--today', '2025-06-15']);
    if (run.code !== 0) throw new Error(run.stderr);
  }, 120_000);
  afterAll(() => removeFolder(folder));

  it('fits 120 columns, shows M1 and M3 beside M6 and M12, and ends each table with a total', async () => {
    const run = await runBinaan(['outcomes', ...store, '--as-of', '2021-12-31']);
    expect(run.code).toBe(0);
    expect(Math.max(...run.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(120);
    for (const header of ['M1 reached', 'M3 reached', 'M6 reached', 'M12 reached', 'competent 1st', 'w/o outside', 'M6 work/due', 'back in 12m']) {
      expect(run.stdout).toContain(header);
    }
    expect(run.stdout.split('\n').filter((line) => line.startsWith('total '))).toHaveLength(3);
  });

  it('gives a total whose counts add up the groups and whose median comes from the people', async () => {
    const run = await runBinaan(['outcomes', ...store, '--as-of', '2021-12-31', '--format', 'json']);
    const outcomes = JSON.parse(run.stdout) as OutcomesJson;
    expect(outcomes.total.enrolled).toBe(outcomes.rows.reduce((sum, row) => sum + row.enrolled, 0));
    expect(outcomes.total.m6_reached).toBe(outcomes.rows.reduce((sum, row) => sum + row.m6_reached, 0));
    expect(outcomes.rows.length).toBeGreaterThan(1);
    expect(outcomes.total.median_days_to_first_income).not.toBeNull();
  });

  it('counts every enrolment once more at the unit where it happened, and every release where it happened', async () => {
    const run = await runBinaan(['outcomes', ...store, '--as-of', '2021-12-31', '--format', 'json']);
    const outcomes = JSON.parse(run.stdout) as OutcomesJson & { stagesByFacility: readonly { enrolled: number; released: number }[] };
    const sum = (stage: 'enrolled' | 'released') => outcomes.stagesByFacility.reduce((total, row) => total + row[stage], 0);
    expect([sum('enrolled'), sum('released')]).toEqual([outcomes.total.enrolled, outcomes.total.released]);
    expect((await runBinaan(['outcomes', ...store, '--as-of', '2021-12-31'])).stdout).toContain('Stages at the unit where they happened');
  });

  it('--list names as many participants as the figure counts, and each opens in history', async () => {
    const figures = JSON.parse((await runBinaan(['outcomes', ...store, '--as-of', '2021-12-31', '--format', 'json'])).stdout) as OutcomesJson;
    const run = await runBinaan(['outcomes', ...store, '--as-of', '2021-12-31', '--list', 'contactM6', '--format', 'json']);
    expect(run.code).toBe(0);
    const members = JSON.parse(run.stdout) as MembersJson;
    expect([members.numerator.length, members.denominator.length]).toEqual([figures.total.m6_reached, figures.total.m6_due]);
    expect(members.numerator.every((id) => members.denominator.includes(id))).toBe(true);
    const history = await runBinaan(['history', members.numerator[0]!, ...store]);
    expect(history.code).toBe(0);
  });

  it('--list of a figure that does not exist exits 2 naming the figures there are', async () => {
    const run = await runBinaan(['outcomes', ...store, '--list', 'happiness']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--list: "happiness" is not a figure\. Give one of completion, .*contactM6/);
  });
});
