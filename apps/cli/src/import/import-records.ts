import type { BinaanRuntime } from '@binaan/runtime';
import type { Actor } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { importKindOrder } from './import-kinds';
import type { ImportMapping, SheetMapping } from './import-mapping';
import type { ImportSheet } from './read-import-sheets';
import { rowCommand, type RowProblem } from './row-command';

export type RowOutcome = 'imported' | 'already imported' | 'refused';

export interface RowReport {
  readonly sheet: string;
  readonly line: number;
  readonly outcome: RowOutcome;
  /** Why a row was refused: the column and rule, or the record's rule (its stable code and message). */
  readonly reasons: readonly string[];
}

const problemText = ({ column, rule }: RowProblem): string => `column "${column}": ${rule}`;

/** The mapped sheets in import order (enrolments first), each with its mapping; a mapped sheet missing from the files is an error. */
export const sheetsInImportOrder = (
  mapping: ImportMapping,
  sheets: readonly ImportSheet[],
): {
  readonly found: readonly { readonly mapping: SheetMapping; readonly sheet: ImportSheet }[];
  readonly missing: readonly string[];
  /** Columns the mapping names that a sheet does not have, as `sheet: column, column`. */
  readonly missingColumns: readonly string[];
} => {
  const found = mapping.sheets
    .map((sheetMapping) => ({ mapping: sheetMapping, sheet: sheets.find((sheet) => sheet.name === sheetMapping.sheet) }))
    .filter((pair): pair is { mapping: SheetMapping; sheet: ImportSheet } => pair.sheet !== undefined)
    .sort((a, b) => importKindOrder.indexOf(a.mapping.kind) - importKindOrder.indexOf(b.mapping.kind));
  const missing = mapping.sheets.filter((sheetMapping) => !sheets.some((sheet) => sheet.name === sheetMapping.sheet)).map((sheetMapping) => sheetMapping.sheet);
  const missingColumns = found.flatMap(({ mapping: sheetMapping, sheet }) => {
    const named = [sheetMapping.registrationNumberColumn, ...('column' in sheetMapping.facility ? [sheetMapping.facility.column] : []), ...Object.values(sheetMapping.columns)];
    const absent = named.filter((column) => !sheet.headers.includes(column));
    return absent.length === 0 ? [] : [`${sheet.name}: ${absent.map((column) => `"${column}"`).join(', ')}`];
  });
  return { found, missing, missingColumns };
};

/**
 * Runs every row through command handling as the ordinary command, one after another in import
 * order, and says per row what became of it. A row imported before is found by its command id and
 * writes nothing.
 */
export const importRecords = async (
  runtime: BinaanRuntime,
  actor: Actor,
  mapping: ImportMapping,
  sheets: readonly { readonly mapping: SheetMapping; readonly sheet: ImportSheet }[],
  onRow: (report: RowReport) => void = () => undefined,
): Promise<RowReport[]> => {
  const reports: RowReport[] = [];
  const report = (entry: RowReport): void => {
    reports.push(entry);
    onRow(entry);
  };
  for (const { mapping: sheetMapping, sheet } of sheets) {
    for (const row of sheet.rows) {
      const at = { sheet: sheet.name, line: row.line };
      const prepared = rowCommand(mapping, sheetMapping, row, runtime.importIdentity);
      if (prepared.kind === 'problems') {
        report({ ...at, outcome: 'refused', reasons: prepared.problems.map(problemText) });
        continue;
      }
      const result = await runtime.executeCommand({ commandId: prepared.commandId, actor, command: prepared.command });
      if (E.isRight(result)) {
        report({ ...at, outcome: result.right.repeated ? 'already imported' : 'imported', reasons: [] });
      } else if (result.left.kind === 'rejected' && result.left.error.code === 'IDEMPOTENCY_KEY_REUSED') {
        // The same row (its id is derived from its content) was imported by another actor.
        report({ ...at, outcome: 'already imported', reasons: [] });
      } else if (result.left.kind === 'rejected') {
        report({ ...at, outcome: 'refused', reasons: [`${result.left.error.code}: ${result.left.error.message}`] });
      } else {
        report({ ...at, outcome: 'refused', reasons: ["CONCURRENCY_CONFLICT: the participant's record changed during the import; run it again"] });
      }
    }
  }
  return reports;
};
