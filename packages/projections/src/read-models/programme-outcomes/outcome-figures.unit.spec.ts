import type { ProgrammeOutcomeRow } from '../read-model-rows';
import { outcomeCountColumns, outcomeFunnel, type OutcomeCounts } from './outcome-figures';

/** Counts of a group: every count column 0, changed by `overrides`. */
const counts = (overrides: Partial<OutcomeCounts>): OutcomeCounts =>
  ({ ...Object.fromEntries(outcomeCountColumns.map((column) => [column, 0])), ...overrides }) as Pick<ProgrammeOutcomeRow, keyof OutcomeCounts>;

describe('the funnel from enrolment to work at month 6', () => {
  it('gives each step its count and the step it is a share of, with that step’s count as denominator', () => {
    expect(outcomeFunnel(counts({ enrolled: 40, graduated: 30, released: 25, m6_due: 20, m6_reached: 16, m6_working: 9 }))).toEqual([
      { step: 'enrolled', count: 40, of: null, denominator: null },
      { step: 'graduated', count: 30, of: 'enrolled', denominator: 40 },
      { step: 'released', count: 25, of: 'enrolled', denominator: 40 },
      { step: 'reachedAtM6', count: 16, of: 'dueAtM6', denominator: 20 },
      { step: 'workingAtM6', count: 9, of: 'reachedAtM6', denominator: 16 },
    ]);
  });
});
