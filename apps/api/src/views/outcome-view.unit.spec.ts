import type { ProgrammeOutcomeRow } from '@binaan/projections';
import { outcomesView } from './outcome-view';

const group = (facility_id: string, cohort: string, counts: Partial<ProgrammeOutcomeRow>): ProgrammeOutcomeRow => ({
  programme_id: 'sulam-malang-2019',
  facility_id,
  cohort,
  as_of_date: '2020-06-30',
  enrolled: 0,
  in_training: 0,
  graduated: 0,
  completion_rate: null,
  modules_assessed: 0,
  modules_competent: 0,
  competency_rate: null,
  released: 0,
  m1_due: 0,
  m1_attempted: 0,
  m1_reached: 0,
  m1_contact_rate: null,
  m3_due: 0,
  m3_attempted: 0,
  m3_reached: 0,
  m3_contact_rate: null,
  m6_due: 0,
  m6_attempted: 0,
  m6_reached: 0,
  m6_contact_rate: null,
  m12_due: 0,
  m12_attempted: 0,
  m12_reached: 0,
  m12_contact_rate: null,
  m6_working: 0,
  m6_working_rate: null,
  m12_working: 0,
  m12_working_rate: null,
  first_income_known: 0,
  median_days_to_first_income: null,
  small_group: 0,
  ...counts,
});

describe('outcomesView', () => {
  const rows = [
    group('lapas-perempuan-malang', '2019-03', { enrolled: 12, graduated: 9, released: 7, m6_due: 7, m6_reached: 5, m6_working: 3, median_days_to_first_income: 40 }),
    group('lapas-kelas-i-malang', '2019-03', { small_group: 1, enrolled: 4, graduated: 1, released: 3, m6_due: 2, m6_reached: 2, m6_working: 2, median_days_to_first_income: 20 }),
  ];

  it('adds the groups up and works the total’s rates out from the sums, as for a group', () => {
    const view = outcomesView(rows, '2020-06-30');
    expect(view.total.enrolled).toBe(16);
    expect(view.total.completionRate).toEqual({ numerator: 10, denominator: 16, rate: 10 / 16 });
    expect(view.total.contact['M6']).toEqual({ due: 9, attempted: 0, reached: 7, contactRate: { numerator: 7, denominator: 9, rate: 7 / 9 } });
    expect(view.total.workingAtM6).toEqual({ numerator: 5, denominator: 7, rate: 5 / 7 });
    expect(view.total.smallGroup).toBe(false);
  });

  it('gives each funnel step the denominator it is a share of', () => {
    expect(outcomesView(rows, '2020-06-30').funnel).toEqual([
      { step: 'enrolled', count: 16, of: null, denominator: null },
      { step: 'graduated', count: 10, of: 'enrolled', denominator: 16 },
      { step: 'released', count: 10, of: 'enrolled', denominator: 16 },
      { step: 'reachedAtM6', count: 7, of: 'dueAtM6', denominator: 9 },
      { step: 'workingAtM6', count: 5, of: 'reachedAtM6', denominator: 7 },
    ]);
  });

  it('shows each group’s small-group flag as the read model set it, keeps a lone group’s median, and never adds medians up', () => {
    const view = outcomesView(rows, '2020-06-30');
    expect(view.groups.map((g) => g.smallGroup)).toEqual([false, true]);
    expect(view.total.daysToFirstIncome.median).toBeNull();
    expect(outcomesView([rows[0]!], '2020-06-30').total.daysToFirstIncome.median).toBe(40);
  });

  it('says null, not 0 %, when there is nothing to divide by', () => {
    const view = outcomesView([], null);
    expect(view.total.completionRate).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(view.groups).toEqual([]);
  });
});
