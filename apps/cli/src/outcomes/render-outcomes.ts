import { SMALL_GROUP_THRESHOLD } from '@binaan/domain';
import { medianDaysToFirstIncome, outcomeTotal, type OutcomeTotal, type ProgrammeOutcomeRow, tableDefinitions } from '@binaan/projections';
import { renderCsv } from '../output/csv';
import { toJson } from '../output/json';
import { type Cell, renderTable } from '../output/table';
import type { ReplayedOutcomes } from './replay-outcomes';

const percent = (rate: number | null): string => (rate === null ? '-' : `${Math.round(rate * 100)}%`);

/** A count over its denominator with the rate, so no figure is read without its base. */
const share = (count: number, denominator: number, rate: number | null): string => `${count}/${denominator} ${percent(rate)}`;

type Figures = OutcomeTotal;
interface Line {
  readonly facility: string;
  readonly cohort: string;
  readonly figures: Figures;
}

const trainingCells = ({ facility, cohort, figures: row }: Line): readonly Cell[] => [
  facility,
  cohort,
  row.enrolled,
  row.exited,
  share(row.graduated, row.enrolled, row.completion_rate),
  share(row.graduated, row.enrolled - row.exited_outside_control, row.completion_rate_excluding_outside_exits),
  share(row.modules_competent_first_attempt, row.modules_assessed, row.first_attempt_competency_rate),
  share(row.modules_competent, row.modules_assessed, row.competency_rate),
];

const contactCells = ({ facility, cohort, figures: row }: Line): readonly Cell[] => [
  facility,
  cohort,
  row.released,
  share(row.m1_reached, row.m1_due, row.m1_contact_rate),
  share(row.m3_reached, row.m3_due, row.m3_contact_rate),
  share(row.m6_reached, row.m6_due, row.m6_contact_rate),
  share(row.m12_reached, row.m12_due, row.m12_contact_rate),
];

const workCells = ({ facility, cohort, figures: row }: Line): readonly Cell[] => [
  facility,
  cohort,
  share(row.m6_working, row.m6_reached, row.m6_working_rate),
  share(row.m6_working, row.m6_due, row.m6_working_rate_of_due),
  share(row.m12_working, row.m12_reached, row.m12_working_rate),
  share(row.m12_working, row.m12_due, row.m12_working_rate_of_due),
  row.median_days_to_first_income,
  share(row.returned_within_12m, row.released_12m_ago, row.return_to_custody_12m_rate),
  row.small_group === 1 ? `n<${SMALL_GROUP_THRESHOLD}` : '',
];

/** Each unit's stages over the cohorts shown: enrolled, graduated, released and exited there. */
const stageTotals = (outcomes: ReplayedOutcomes): readonly Cell[][] => {
  const totals = new Map<string, [number, number, number, number]>();
  for (const row of outcomes.stages) {
    const [enrolled, graduated, released, exited] = totals.get(row.facility_id) ?? [0, 0, 0, 0];
    totals.set(row.facility_id, [enrolled + row.enrolled, graduated + row.graduated, released + row.released, exited + row.exited]);
  }
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([facility, counts]) => [shortFacility(facility), ...counts]);
};

/** The facility as a short label: the table must fit 120 columns. */
const shortFacility = (facilityId: string): string => facilityId.replace(/^lapas-/, '');

/**
 * Three tables that each fit 120 columns (training; contact after release; work and return to custody),
 * each with a total row worked out as the API's: counts added up, rates from the sums, the median from
 * the people.
 */
export const renderOutcomesTable = (outcomes: ReplayedOutcomes, heading: string): string => {
  const { groups } = outcomes;
  if (groups.length === 0) return `${heading}\nNo participants in these groups at that date.\n`;
  const programmes = [...new Set(groups.map((row) => row.programme_id))].join(', ');
  const lines: Line[] = [
    ...groups.map((row) => ({ facility: shortFacility(row.facility_id), cohort: row.cohort, figures: row })),
    { facility: 'total', cohort: '', figures: outcomeTotal(groups, medianDaysToFirstIncome(outcomes.participants)) },
  ];
  const training = renderTable(
    ['facility', 'cohort', 'enrolled', 'exited', 'graduated', 'w/o outside', 'competent 1st', 'competent'],
    lines.map(trainingCells),
  );
  const contact = renderTable(['facility', 'cohort', 'released', 'M1 reached', 'M3 reached', 'M6 reached', 'M12 reached'], lines.map(contactCells));
  const work = renderTable(
    ['facility', 'cohort', 'M6 working', 'M6 work/due', 'M12 working', 'M12 work/due', 'days to income', 'back in 12m', 'small'],
    lines.map(workCells),
  );
  const stages = renderTable(['facility', 'enrolled there', 'graduated there', 'released from there', 'exited from there'], stageTotals(outcomes));
  return (
    `${heading}\nProgramme: ${programmes}\n\nTraining\n${training}\nContact after release\n${contact}\nWork and return to custody\n${work}\n` +
    `Stages at the unit where they happened, after transfers (above, each person stays with the unit that enrolled them)\n${stages}\n` +
    'Each share is count/denominator. graduated/enrolled; w/o outside: graduated/(enrolled - exits by transfer, health or\n' +
    'death); competent 1st: modules competent at the first attempt/assessed; competent: eventually/assessed; reached/due;\n' +
    'working/reached, and work/due (intention to treat); days to income: median from release to the first contact that\n' +
    'reports work; back in 12m: returned to custody within 12 months of release/released at least 12 months ago.\n' +
    `Working = formal, informal or self-employed (a business still planned is not). Groups under ${SMALL_GROUP_THRESHOLD} people are flagged.\n`
  );
};

export const renderOutcomesJson = (outcomes: ReplayedOutcomes, asOf: object): string =>
  toJson({
    asOf,
    rows: outcomes.groups,
    total: outcomeTotal(outcomes.groups, medianDaysToFirstIncome(outcomes.participants)),
    stagesByFacility: outcomes.stages,
  }) + '\n';

/** Every column of the programme_outcomes table, in its documented order, so the CSV loads like the table. */
export const renderOutcomesCsv = (outcomes: ReplayedOutcomes): string => {
  const columns = tableDefinitions.programme_outcomes.columns.map(([name]) => name as keyof ProgrammeOutcomeRow);
  return renderCsv(
    columns,
    outcomes.groups.map((row) => columns.map((column) => row[column])),
  );
};
