import { incomeBands, isSmallGroup, rate, type IncomeBand } from '@binaan/domain';
import type { ProgrammeOutcomeRow } from '../read-model-rows';

/** The count columns of work at a milestone (M6, M12): working, using the trained skill, one per income band. */
export const workCountColumns = <P extends 'm6' | 'm12'>(prefix: P) =>
  [
    `${prefix}_working`,
    `${prefix}_working_trained_skill`,
    ...incomeBands.map((band) => `${prefix}_income_${band}` as `${P}_income_${IncomeBand}`),
  ] as const;

/** The columns of programme_outcomes that count people or assessments: a total of groups adds them up. */
export const outcomeCountColumns = [
  'enrolled',
  'in_training',
  'graduated',
  'exited',
  'exited_transferred_out',
  'exited_withdrew',
  'exited_health',
  'exited_died',
  'exited_escaped',
  'exited_disciplinary',
  'exited_other',
  'exited_outside_control',
  'modules_assessed',
  'modules_competent',
  'modules_competent_first_attempt',
  'released',
  'released_12m_ago',
  'returned_within_12m',
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
  ...workCountColumns('m6'),
  ...workCountColumns('m12'),
  'first_income_known',
] as const satisfies readonly (keyof ProgrammeOutcomeRow)[];

export type OutcomeCounts = Pick<ProgrammeOutcomeRow, (typeof outcomeCountColumns)[number]>;

export type OutcomeRates = Pick<
  ProgrammeOutcomeRow,
  | 'completion_rate'
  | 'completion_rate_excluding_outside_exits'
  | 'competency_rate'
  | 'first_attempt_competency_rate'
  | 'return_to_custody_12m_rate'
  | 'm1_contact_rate'
  | 'm3_contact_rate'
  | 'm6_contact_rate'
  | 'm12_contact_rate'
  | 'm6_working_rate'
  | 'm6_working_rate_of_due'
  | 'm6_trained_skill_rate'
  | 'm12_working_rate'
  | 'm12_working_rate_of_due'
  | 'm12_trained_skill_rate'
  | 'small_group'
>;

/**
 * Every rate of programme_outcomes from its counts, and the small-group flag: one definition for a
 * group and for a total. Each rate's numerator and denominator are count columns of the same row.
 */
export const outcomeRates = (counts: OutcomeCounts): OutcomeRates => ({
  completion_rate: rate(counts.graduated, counts.enrolled),
  completion_rate_excluding_outside_exits: rate(counts.graduated, counts.enrolled - counts.exited_outside_control),
  competency_rate: rate(counts.modules_competent, counts.modules_assessed),
  first_attempt_competency_rate: rate(counts.modules_competent_first_attempt, counts.modules_assessed),
  return_to_custody_12m_rate: rate(counts.returned_within_12m, counts.released_12m_ago),
  m1_contact_rate: rate(counts.m1_reached, counts.m1_due),
  m3_contact_rate: rate(counts.m3_reached, counts.m3_due),
  m6_contact_rate: rate(counts.m6_reached, counts.m6_due),
  m12_contact_rate: rate(counts.m12_reached, counts.m12_due),
  m6_working_rate: rate(counts.m6_working, counts.m6_reached),
  m6_working_rate_of_due: rate(counts.m6_working, counts.m6_due),
  m6_trained_skill_rate: rate(counts.m6_working_trained_skill, counts.m6_working),
  m12_working_rate: rate(counts.m12_working, counts.m12_reached),
  m12_working_rate_of_due: rate(counts.m12_working, counts.m12_due),
  m12_trained_skill_rate: rate(counts.m12_working_trained_skill, counts.m12_working),
  small_group: isSmallGroup(counts.enrolled) ? 1 : 0,
});

export type OutcomeTotal = OutcomeCounts & OutcomeRates & Pick<ProgrammeOutcomeRow, 'median_days_to_first_income'>;

/**
 * Several groups as one: counts added up, rates worked out from the sums as for a group. A median
 * cannot be added up: the caller gives the one of the participants in all the groups (see
 * `medianDaysToFirstIncome`).
 */
export const outcomeTotal = (rows: readonly ProgrammeOutcomeRow[], medianDaysToFirstIncome: number | null): OutcomeTotal => {
  const counts = sumOutcomeCounts(rows);
  return { ...counts, ...outcomeRates(counts), median_days_to_first_income: medianDaysToFirstIncome };
};

/** Counts of several disjoint sets of people as the counts of all of them: each column added up. */
export const sumOutcomeCounts = (parts: readonly OutcomeCounts[]): OutcomeCounts =>
  Object.fromEntries(outcomeCountColumns.map((column) => [column, parts.reduce((total, part) => total + part[column], 0)])) as unknown as OutcomeCounts;

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
