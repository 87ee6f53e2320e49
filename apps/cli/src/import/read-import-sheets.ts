import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A cell as the importer sees it: text, or a date a workbook stored as a date. */
export type CellValue = string | Date;

export interface ImportRow {
  /** The row's number in the sheet as a spreadsheet program shows it (the header is row 1). */
  readonly line: number;
  readonly cells: ReadonlyMap<string, CellValue>;
}

export interface ImportSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly ImportRow[];
}

/** A file that cannot be read as a workbook or a CSV file. */
export class ImportFileError extends Error {}

const cellText = (value: ExcelJS.CellValue): CellValue => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value).trim();
};

const isBlank = (cells: ReadonlyMap<string, CellValue>): boolean => [...cells.values()].every((value) => value === '');

const worksheetOf = (worksheet: ExcelJS.Worksheet): ImportSheet => {
  const headerRow = worksheet.getRow(1);
  const headers: string[] = [];
  const columnOf = new Map<number, string>();
  headerRow.eachCell((cell, column) => {
    const header = String(cellText(cell.value)).trim();
    if (header !== '') {
      headers.push(header);
      columnOf.set(column, header);
    }
  });
  const rows: ImportRow[] = [];
  worksheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells = new Map<string, CellValue>([...columnOf.values()].map((header) => [header, '']));
    row.eachCell((cell, column) => {
      const header = columnOf.get(column);
      if (header !== undefined) cells.set(header, cellText(cell.value));
    });
    if (!isBlank(cells)) rows.push({ line, cells });
  });
  return { name: worksheet.name, headers, rows };
};

const readWorkbook = async (file: string): Promise<ImportSheet[]> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new ImportFileError(`${file}: is not an .xlsx workbook that can be read`);
  }
  return workbook.worksheets.map(worksheetOf);
};

const readCsv = (file: string): ImportSheet[] => {
  let records: string[][];
  try {
    records = parse(readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    throw new ImportFileError(`${file}: is not a CSV file that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const [header = [], ...body] = records;
  const headers = header.map((text) => text.trim());
  const rows = body
    .map((record, index) => ({ line: index + 2, cells: new Map<string, CellValue>(headers.map((name, column) => [name, record[column] ?? ''])) }))
    .filter((row) => !isBlank(row.cells));
  return [{ name: basename(file), headers, rows }];
};

/** The sheets of a workbook (`.xlsx`), or the one sheet of a CSV file, named after the file. */
export const readImportSheets = async (file: string): Promise<ImportSheet[]> => {
  const extension = extname(file).toLowerCase();
  if (extension === '.xlsx') return readWorkbook(file);
  if (extension === '.csv') return readCsv(file);
  throw new ImportFileError(`${file}: must be an .xlsx workbook or a .csv file`);
};
