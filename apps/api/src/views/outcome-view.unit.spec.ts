import { outcomeCountColumns, outcomeRates, type OutcomeCounts, type ProgrammeOutcomeRow } from '@binaan/projections';
import { outcomesView } from './outcome-view';

const group = (facility_id: string, cohort: string, given: Partial<OutcomeCounts> & { median_days_to_first_income?: number | null }): ProgrammeOutcomeRow => {
  const counts = { ...(Object.fromEntries(outcomeCountColumns.map((column) => [column, 0])) as unknown as OutcomeCounts), ...given };
  return {
    programme_id: 'sulam-malang-2019',
    facility_id,
    cohort,
    as_of_date: '2020-06-30',
    ...counts,
    ...outcomeRates(counts),
    median_days_to_first_income: given.median_days_to_first_income ?? null,
  };
};

const staff = { medianDaysToFirstIncome: 33, suppressSmallGroups: false };
const viewer = { medianDaysToFirstIncome: 33, suppressSmallGroups: true };

const figuresOf = <A extends { readonly suppressed: boolean }>(shown: A): Extract<A, { suppressed: false }> => {
  if (shown.suppressed) throw new Error('expected figures, got a suppressed group');
  return shown as Extract<A, { suppressed: false }>;
};

describe('outcomesView', () => {
  const rows = [
    group('lapas-perempuan-malang', '2019-03', {
      enrolled: 12,
      graduated: 9,
      released: 7,
      m6_due: 7,
      m6_reached: 5,
      m6_working: 3,
      exited: 2,
      exited_health: 1,
      exited_withdrew: 1,
      exited_outside_control: 1,
      median_days_to_first_income: 40,
    }),
    group('lapas-kelas-i-malang', '2019-03', { enrolled: 4, graduated: 1, released: 3, m6_due: 2, m6_reached: 2, m6_working: 2, median_days_to_first_income: 20 }),
  ];

  it('adds the groups up and works the total’s rates out from the sums, as for a group', () => {
    const total = figuresOf(outcomesView(rows, '2020-06-30', staff).total);
    expect(total.enrolled).toBe(16);
    expect(total.completionRate).toEqual({ numerator: 10, denominator: 16, rate: 10 / 16 });
    expect(total.contact['M6']).toEqual({ due: 9, attempted: 0, reached: 7, contactRate: { numerator: 7, denominator: 9, rate: 7 / 9 } });
    expect(total.workingAtM6).toEqual({ numerator: 5, denominator: 7, rate: 5 / 7 });
    expect(total.smallGroup).toBe(false);
  });

  it('gives completion both of all enrolled and of those who did not leave for reasons outside the programme’s control', () => {
    const total = figuresOf(outcomesView(rows, '2020-06-30', staff).total);
    expect(total.completionRateExcludingOutsideExits).toEqual({ numerator: 10, denominator: 15, rate: 10 / 15 });
    expect(total.exits).toEqual({
      total: 2,
      byReason: { transferred_out: 0, withdrew: 1, health: 1, died: 0, escaped: 0, disciplinary: 0, other: 0 },
      outsideProgrammeControl: 1,
    });
  });

  it('gives work at M6 of those reached and of those due, side by side', () => {
    const total = figuresOf(outcomesView(rows, '2020-06-30', staff).total);
    expect(total.workAtM6.ofReached).toEqual({ numerator: 5, denominator: 7, rate: 5 / 7 });
    expect(total.workAtM6.ofDue).toEqual({ numerator: 5, denominator: 9, rate: 5 / 9 });
  });

  it('gives each funnel step the denominator it is a share of', () => {
    expect(outcomesView(rows, '2020-06-30', staff).funnel).toEqual([
      { step: 'enrolled', count: 16, of: null, denominator: null },
      { step: 'graduated', count: 10, of: 'enrolled', denominator: 16 },
      { step: 'released', count: 10, of: 'enrolled', denominator: 16 },
      { step: 'reachedAtM6', count: 7, of: 'dueAtM6', denominator: 9 },
      { step: 'workingAtM6', count: 5, of: 'reachedAtM6', denominator: 7 },
    ]);
  });

  it('takes the total’s median from the participants, never from the groups’ medians', () => {
    expect(figuresOf(outcomesView(rows, '2020-06-30', staff).total).daysToFirstIncome.median).toBe(33);
  });

  it('flags small groups for staff and auditors, with their figures', () => {
    const groups = outcomesView(rows, '2020-06-30', staff).groups;
    expect(groups.map((shown) => [shown.suppressed, shown.smallGroup])).toEqual([
      [false, false],
      [false, true],
    ]);
    expect(figuresOf(groups[1]!).enrolled).toBe(4);
  });

  it('suppresses small groups for viewers: no count and no rate, so no one is seen through a cohort of one', () => {
    const shown = outcomesView(rows, '2020-06-30', viewer);
    expect(shown.groups[1]).toEqual({ programmeId: 'sulam-malang-2019', facilityId: 'lapas-kelas-i-malang', cohort: '2019-03', suppressed: true, enrolled: '<10', smallGroup: true });
    expect(figuresOf(shown.groups[0]!).enrolled).toBe(12);
    const lone = outcomesView([rows[1]!], '2020-06-30', viewer);
    expect(lone.total).toEqual({ suppressed: true, enrolled: '<10', smallGroup: true });
    expect(lone.funnel).toEqual([]);
  });

  it('says null, not 0 %, when there is nothing to divide by', () => {
    const view = outcomesView([], null, { medianDaysToFirstIncome: null, suppressSmallGroups: true });
    expect(figuresOf(view.total).completionRate).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(view.groups).toEqual([]);
  });
});
