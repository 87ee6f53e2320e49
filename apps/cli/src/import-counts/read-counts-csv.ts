import { decodeWith, RecordFacilityPopulation, registrationClasses } from '@binaan/domain';
import { parse } from 'csv-parse/sync';
import * as E from 'fp-ts/Either';
import { v5 as uuidV5 } from 'uuid';

/** Names the command ids of imported count rows: the same row imported twice is the same command. */
const COUNT_ROW_NAMESPACE = '6d2f9a31-0c4e-5b7a-8e19-3f5c7a9b1d20';

export const requiredCountColumns = ['facility_id', 'counted_on', 'total'] as const;

/** One data row of the file: its line, and either the command it asks for or what is wrong with it. */
export type CountRow =
  | { readonly line: number; readonly command: RecordFacilityPopulation; readonly commandId: string }
  | { readonly line: number; readonly problems: readonly { readonly column: string; readonly rule: string }[] };

/** The whole file is refused (no row is read) when its header lacks a required column. */
export class CountsFileError extends Error {}

const wholeNumber = /^\d{1,9}$/;

/** A command id from the row's meaning, not its place: re-ordering or re-exporting the file imports nothing twice. */
const commandIdOf = (command: RecordFacilityPopulation): string =>
  uuidV5(
    JSON.stringify([command.facilityId, command.countedOn, command.total, Object.entries(command.byRegistrationClass ?? {}).sort()]),
    COUNT_ROW_NAMESPACE,
  );

/** The column of the file a decoded field came from, so a problem names what the user typed. */
const columnOfPath = (path: string): string => {
  if (path === 'facilityId') return 'facility_id';
  if (path === 'countedOn') return 'counted_on';
  if (path.startsWith('byRegistrationClass.')) return path.slice('byRegistrationClass.'.length);
  return path === '' ? '(row)' : path;
};

const rowOf = (record: Readonly<Record<string, string>>, line: number): CountRow => {
  const problems: { column: string; rule: string }[] = [];
  const count = (column: string): number | undefined => {
    const text = record[column] ?? '';
    if (!wholeNumber.test(text)) {
      problems.push({ column, rule: 'must be a whole number of people (digits only)' });
      return undefined;
    }
    return Number(text);
  };
  const total = count('total');
  const byClass = Object.fromEntries(
    registrationClasses
      .filter((registrationClass) => (record[registrationClass] ?? '') !== '')
      .map((registrationClass) => [registrationClass, count(registrationClass)]),
  );
  if (problems.length > 0) return { line, problems };
  const decoded = decodeWith(RecordFacilityPopulation)({
    type: 'RecordFacilityPopulation',
    facilityId: record['facility_id'],
    countedOn: record['counted_on'],
    total,
    ...(Object.keys(byClass).length === 0 ? {} : { byRegistrationClass: byClass }),
  });
  if (E.isLeft(decoded)) return { line, problems: decoded.left.issues.map((issue) => ({ column: columnOfPath(issue.path), rule: issue.rule })) };
  return { line, command: decoded.right, commandId: commandIdOf(decoded.right) };
};

/**
 * A CSV of head counts, one row per facility and day, as the national prison database's monthly
 * figures are passed on: `facility_id,counted_on,total` and, optionally, a column per registration
 * class (`B.I`, `B.IIa`, ...). Each row is checked on its own; the file's line numbers are kept for
 * the report.
 */
export const readCountsCsv = (text: string): readonly CountRow[] => {
  let records: { readonly record: Record<string, string>; readonly info: { readonly lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new CountsFileError(`the file is not CSV this command can read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = parseHeader(text);
  const missing = requiredCountColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new CountsFileError(`the header lacks ${missing.join(', ')} (columns: ${requiredCountColumns.join(', ')}, and optionally one per registration class)`);
  const unknown = header.filter((column) => !(requiredCountColumns as readonly string[]).includes(column) && !(registrationClasses as readonly string[]).includes(column));
  if (unknown.length > 0) throw new CountsFileError(`unknown column(s) ${unknown.join(', ')}: the columns are ${[...requiredCountColumns, ...registrationClasses].join(', ')}`);
  return records.map(({ record, info }) => rowOf(record, info.lines));
};

const parseHeader = (text: string): readonly string[] => (parse(text, { bom: true, to_line: 1, trim: true }) as string[][])[0] ?? [];
