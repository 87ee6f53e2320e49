import { SMALL_GROUP_THRESHOLD } from '@binaan/domain';
import { type ProgrammeOutcomeRow, tableDefinitions } from '@binaan/projections';
import { renderCsv } from '../output/csv';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';

const percent = (rate: number | null): string | null => (rate === null ? null : `${(rate * 100).toFixed(1)}%`);

/** A count over its denominator with the rate, so no figure is read without its base. */
const share = (count: number, denominator: number, rate: number | null): string => `${count}/${denominator} ${percent(rate) ?? '-'}`;

export const renderOutcomesTable = (rows: readonly ProgrammeOutcomeRow[], heading: string): string => {
  if (rows.length === 0) return `${heading}\nNo participants in these groups at that date.\n`;
  const table = renderTable(
    ['programme', 'facility', 'cohort', 'enrolled', 'in training', 'graduated', 'modules competent', 'released', 'M6 reached', 'M6 working', 'M12 reached', 'M12 working', 'median days to income', 'small'],
    rows.map((row) => [
      row.programme_id,
      row.facility_id,
      row.cohort,
      row.enrolled,
      row.in_training,
      share(row.graduated, row.enrolled, row.completion_rate),
      share(row.modules_competent, row.modules_assessed, row.competency_rate),
      row.released,
      share(row.m6_reached, row.m6_due, row.m6_contact_rate),
      share(row.m6_working, row.m6_reached, row.m6_working_rate),
      share(row.m12_reached, row.m12_due, row.m12_contact_rate),
      share(row.m12_working, row.m12_reached, row.m12_working_rate),
      row.median_days_to_first_income,
      row.small_group === 1 ? `n<${SMALL_GROUP_THRESHOLD}` : '',
    ]),
  );
  return (
    `${heading}\n${table}` +
    'Each share is count/denominator: graduated/enrolled, competent/assessed, reached/due, working/reached.\n' +
    `Working = formal, informal or self-employed at the reached contact. Groups under ${SMALL_GROUP_THRESHOLD} people are flagged, not hidden.\n`
  );
};

export const renderOutcomesJson = (rows: readonly ProgrammeOutcomeRow[], asOf: object): string => toJson({ asOf, rows }) + '\n';

/** Every column of the programme_outcomes table, in its documented order, so the CSV loads like the table. */
export const renderOutcomesCsv = (rows: readonly ProgrammeOutcomeRow[]): string => {
  const columns = tableDefinitions.programme_outcomes.columns.map(([name]) => name as keyof ProgrammeOutcomeRow);
  return renderCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
};
