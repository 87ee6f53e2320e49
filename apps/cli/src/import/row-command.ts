import { decodeCommand, type ParticipantCommandInput } from '@binaan/domain';
import type { ImportIdentity } from '@binaan/runtime';
import * as E from 'fp-ts/Either';
import { importKinds } from './import-kinds';
import type { ImportMapping, SheetMapping } from './import-mapping';
import type { CellValue, ImportRow } from './read-import-sheets';

export interface RowProblem {
  /** The column the user typed into, or where in the mapping the value came from. */
  readonly column: string;
  readonly rule: string;
}

export type RowCommand =
  | { readonly kind: 'command'; readonly commandId: string; readonly command: ParticipantCommandInput }
  | { readonly kind: 'problems'; readonly problems: readonly RowProblem[] };

const yes = new Set(['ya', 'y', 'yes', 'true', '1', 'benar']);
const no = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'salah']);

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A date typed as text in the mapping's format, as the ISO date the domain takes; undefined if it is not one. */
const dateFromText = (text: string, format: ImportMapping['dateFormat']): string | undefined => {
  const match = format === 'DD/MM/YYYY' ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [day, month, year] = format === 'DD/MM/YYYY' ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const setPath = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  inner[tail] = value;
};

const columnOfPath = (sheet: SheetMapping, path: string): string => {
  if (path === 'personalData.registrationNumber') return sheet.registrationNumberColumn;
  if (path === 'facilityId' && 'column' in sheet.facility) return sheet.facility.column;
  const column = Object.entries(sheet.columns).find(([field]) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`))?.[1];
  if (column !== undefined) return column;
  if (Object.keys(sheet.constants).some((field) => path === field || path.startsWith(`${field}.`))) return `mapping constant ${path}`;
  return path === '' ? '(row)' : `field ${path}`;
};

/** The value a cell gives a field, by the kind's table of dates, yes/no answers and lists, and the mapping's value tables. */
const fieldValue = (
  sheet: SheetMapping,
  path: string,
  cell: CellValue,
  dateFormat: ImportMapping['dateFormat'],
): { readonly value: unknown } | { readonly rule: string } => {
  const kind = importKinds[sheet.kind];
  if ((kind.dates as readonly string[]).includes(path)) {
    if (cell instanceof Date) return { value: isoDate(cell) };
    const date = dateFromText(cell, dateFormat);
    return date === undefined ? { rule: `must be a date written ${dateFormat}` } : { value: date };
  }
  const text = cell instanceof Date ? isoDate(cell) : cell;
  const table = sheet.values[path];
  const meaningOf = (entry: string): string | undefined => (table === undefined ? entry : table[entry]);
  const unlisted = { rule: `must be one of the texts listed in the mapping's values.${path}` };
  if ((kind.lists as readonly string[]).includes(path)) {
    const items = text.split(/[;,]/).map((item) => item.trim()).filter((item) => item !== '').map(meaningOf);
    return items.some((item) => item === undefined) ? unlisted : { value: items };
  }
  if (table !== undefined) {
    const meaning = meaningOf(text);
    return meaning === undefined ? unlisted : { value: meaning };
  }
  if ((kind.booleans as readonly string[]).includes(path)) {
    const answer = text.toLowerCase();
    return yes.has(answer) ? { value: true } : no.has(answer) ? { value: false } : { rule: 'must be ya or tidak (yes or no)' };
  }
  return { value: text };
};

/**
 * One row as the ordinary command its kind asks for, with keyed ids (the same row is always the same
 * command), or every problem found in it, each at its column. The shape and values are checked by the
 * domain's own decoder; the rules of the record are the decider's, when the command runs.
 */
export const rowCommand = (mapping: ImportMapping, sheet: SheetMapping, row: ImportRow, identity: ImportIdentity): RowCommand => {
  const problems: RowProblem[] = [];
  const textAt = (column: string): string => {
    const cell = row.cells.get(column);
    return cell instanceof Date ? isoDate(cell) : (cell ?? '').trim();
  };
  const registrationNumber = textAt(sheet.registrationNumberColumn);
  if (registrationNumber === '') problems.push({ column: sheet.registrationNumberColumn, rule: 'is required (the registration number names the woman)' });
  const facilityId = 'value' in sheet.facility ? sheet.facility.value : textAt(sheet.facility.column);
  if (facilityId === '' && 'column' in sheet.facility) problems.push({ column: sheet.facility.column, rule: 'is required (the facility names the woman with her registration number)' });
  if (problems.length > 0) return { kind: 'problems', problems };

  const participantId = identity.participantId(facilityId, registrationNumber);
  const raw: Record<string, unknown> = { type: importKinds[sheet.kind].commandType, participantId };
  if (sheet.kind === 'enrolment') {
    raw['facilityId'] = facilityId;
    setPath(raw, 'personalData.registrationNumber', registrationNumber);
  }
  for (const [path, value] of Object.entries(sheet.constants)) setPath(raw, path, value);
  for (const [path, column] of Object.entries(sheet.columns)) {
    const cell = row.cells.get(column) ?? '';
    if (cell === '') continue;
    const field = fieldValue(sheet, path, cell, mapping.dateFormat);
    if ('rule' in field) problems.push({ column, rule: field.rule });
    else setPath(raw, path, field.value);
  }
  if (problems.length > 0) return { kind: 'problems', problems };

  const decoded = decodeCommand(raw);
  if (E.isLeft(decoded)) {
    return { kind: 'problems', problems: decoded.left.issues.map((issue) => ({ column: columnOfPath(sheet, issue.path), rule: issue.rule })) };
  }
  return { kind: 'command', commandId: identity.commandId(sheet.kind, participantId, raw), command: decoded.right.command };
};
