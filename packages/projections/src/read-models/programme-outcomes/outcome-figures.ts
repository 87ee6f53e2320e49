import { isSmallGroup, rate } from '@binaan/domain';
import type { ProgrammeOutcomeRow } from '../read-model-rows';

/** The columns of programme_outcomes that count people or assessments: a total of groups adds them up. */
export const outcomeCountColumns = [
  'enrolled',
  'in_training',
  'graduated',
  'modules_assessed',
  'modules_competent',
  'released',
  'm1_due',
  'm1_attempted',
  'm1_reached',
  'm3_due',
  'm3_attempted',
  'm3_reached',
  'm6_due',
  'm6_attempted',
  'm6_reached',
  'm12_due',
  'm12_attempted',
  'm12_reached',
  'm6_working',
  'm12_working',
  'first_income_known',
] as const satisfies readonly (keyof ProgrammeOutcomeRow)[];

export type OutcomeCounts = Pick<ProgrammeOutcomeRow, (typeof outcomeCountColumns)[number]>;

export type OutcomeRates = Pick<
  ProgrammeOutcomeRow,
  | 'completion_rate'
  | 'competency_rate'
  | 'm1_contact_rate'
  | 'm3_contact_rate'
  | 'm6_contact_rate'
  | 'm12_contact_rate'
  | 'm6_working_rate'
  | 'm12_working_rate'
  | 'small_group'
>;

/** Every rate of programme_outcomes from its counts, and the small-group flag: one definition for a group and for a total. */
export const outcomeRates = (counts: OutcomeCounts): OutcomeRates => ({
  completion_rate: rate(counts.graduated, counts.enrolled),
  competency_rate: rate(counts.modules_competent, counts.modules_assessed),
  m1_contact_rate: rate(counts.m1_reached, counts.m1_due),
  m3_contact_rate: rate(counts.m3_reached, counts.m3_due),
  m6_contact_rate: rate(counts.m6_reached, counts.m6_due),
  m12_contact_rate: rate(counts.m12_reached, counts.m12_due),
  m6_working_rate: rate(counts.m6_working, counts.m6_reached),
  m12_working_rate: rate(counts.m12_working, counts.m12_reached),
  small_group: isSmallGroup(counts.enrolled) ? 1 : 0,
});

export type OutcomeTotal = OutcomeCounts & OutcomeRates & Pick<ProgrammeOutcomeRow, 'median_days_to_first_income'>;

/**
 * Several groups as one: counts added up, rates worked out from the sums as for a group. A median
 * cannot be added up, so the total carries one only when it is a single group.
 */
export const outcomeTotal = (rows: readonly ProgrammeOutcomeRow[]): OutcomeTotal => {
  const counts = Object.fromEntries(
    outcomeCountColumns.map((column) => [column, rows.reduce((total, row) => total + row[column], 0)]),
  ) as unknown as OutcomeCounts;
  return { ...counts, ...outcomeRates(counts), median_days_to_first_income: rows.length === 1 ? (rows[0]?.median_days_to_first_income ?? null) : null };
};

export interface FunnelStep {
  readonly step: 'enrolled' | 'graduated' | 'released' | 'reachedAtM6' | 'workingAtM6';
  readonly count: number;
  /** The step this one is a share of; null for the first. */
  readonly of: FunnelStep['step'] | 'dueAtM6' | null;
  readonly denominator: number | null;
}

/**
 * From enrolment to work at month 6. Each step names its own denominator: release does not wait for
 * graduation, and only people due a month-6 contact can be reached then.
 */
export const outcomeFunnel = (counts: OutcomeCounts): readonly FunnelStep[] => [
  { step: 'enrolled', count: counts.enrolled, of: null, denominator: null },
  { step: 'graduated', count: counts.graduated, of: 'enrolled', denominator: counts.enrolled },
  { step: 'released', count: counts.released, of: 'enrolled', denominator: counts.enrolled },
  { step: 'reachedAtM6', count: counts.m6_reached, of: 'dueAtM6', denominator: counts.m6_due },
  { step: 'workingAtM6', count: counts.m6_working, of: 'reachedAtM6', denominator: counts.m6_reached },
];
