import { importKindOrder, isImportKind, type ImportKind } from './import-kinds';

/** How the columns of one sheet (or CSV file) become the fields of one kind of command. */
export interface SheetMapping {
  readonly kind: ImportKind;
  /** The worksheet's name in a workbook; for a CSV file, the file's name. */
  readonly sheet: string;
  /** The column holding the registration number that, with the facility, names the woman. */
  readonly registrationNumberColumn: string;
  /** The column holding the facility id, or the facility every row belongs to. */
  readonly facility: { readonly column: string } | { readonly value: string };
  /** Command field path (`enrolledOn`, `consent.recordedOn`, `employment.status`) → column header. */
  readonly columns: Readonly<Record<string, string>>;
  /** Command field path → the value every row gets (`programmeId`, `consent.given`). */
  readonly constants: Readonly<Record<string, unknown>>;
  /** Command field path → what a cell's text means (`{"Kompeten": "competent"}`). */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface ImportMapping {
  /** `YYYY-MM-DD` (ISO) or `DD/MM/YYYY`, for dates typed as text; dates a spreadsheet stores as dates need none. */
  readonly dateFormat: 'YYYY-MM-DD' | 'DD/MM/YYYY';
  readonly sheets: readonly SheetMapping[];
}

/** A mapping file that cannot be used: every problem, each naming where in the file it is. */
export class MappingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'MappingError';
  }
}

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const fieldPath = /^[a-zA-Z]+(\.[a-zA-Z]+)?$/;

const knownKeys = (value: Json, allowed: readonly string[], at: string, problems: string[]): void => {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${at}.${key}: is not a known field`);
};

const textMap = (value: unknown, at: string, problems: string[], paths: boolean): Readonly<Record<string, string>> => {
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.push(`${at}: must be an object`);
    return {};
  }
  for (const [key, entry] of Object.entries(value)) {
    if (paths && !fieldPath.test(key)) problems.push(`${at}.${key}: must be a command field path such as "enrolledOn" or "consent.recordedOn"`);
    if (!isText(entry)) problems.push(`${at}.${key}: must be a non-empty text`);
  }
  return value as Readonly<Record<string, string>>;
};

const sheetMapping = (value: unknown, at: string, problems: string[]): SheetMapping | undefined => {
  if (!isObject(value)) {
    problems.push(`${at}: must be an object`);
    return undefined;
  }
  knownKeys(value, ['kind', 'sheet', 'registrationNumberColumn', 'facilityColumn', 'facilityId', 'columns', 'constants', 'values'], at, problems);
  const { kind, sheet, registrationNumberColumn, facilityColumn, facilityId } = value;
  if (!isImportKind(kind)) problems.push(`${at}.kind: must be one of ${importKindOrder.join(', ')}`);
  if (!isText(sheet)) problems.push(`${at}.sheet: must name the worksheet (or, for a CSV file, the file)`);
  if (!isText(registrationNumberColumn)) problems.push(`${at}.registrationNumberColumn: must name the column of registration numbers`);
  if (isText(facilityColumn) === isText(facilityId)) problems.push(`${at}: give either facilityColumn or facilityId`);
  const columns = textMap(value['columns'], `${at}.columns`, problems, true);
  const constants = value['constants'] === undefined ? {} : value['constants'];
  if (!isObject(constants)) problems.push(`${at}.constants: must be an object`);
  else for (const key of Object.keys(constants)) if (!fieldPath.test(key)) problems.push(`${at}.constants.${key}: must be a command field path`);
  const values: Record<string, Readonly<Record<string, string>>> = {};
  if (value['values'] !== undefined && !isObject(value['values'])) problems.push(`${at}.values: must be an object`);
  else for (const [path, table] of Object.entries((value['values'] ?? {}) as Json)) values[path] = textMap(table, `${at}.values.${path}`, problems, false);
  if (!isImportKind(kind) || !isText(sheet) || !isText(registrationNumberColumn) || !isObject(constants)) return undefined;
  return {
    kind,
    sheet,
    registrationNumberColumn,
    facility: isText(facilityColumn) ? { column: facilityColumn } : { value: facilityId as string },
    columns,
    constants,
    values,
  };
};

/** Reads a mapping file's JSON; throws MappingError with every problem at once. */
export const parseImportMapping = (text: string): ImportMapping => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MappingError(['the mapping file is not JSON']);
  }
  const problems: string[] = [];
  if (!isObject(json)) throw new MappingError(['the mapping must be a JSON object']);
  knownKeys(json, ['$comment', 'dateFormat', 'sheets'], 'mapping', problems);
  const dateFormat = json['dateFormat'] ?? 'YYYY-MM-DD';
  if (dateFormat !== 'YYYY-MM-DD' && dateFormat !== 'DD/MM/YYYY') problems.push('mapping.dateFormat: must be "YYYY-MM-DD" or "DD/MM/YYYY"');
  const sheetsValue = json['sheets'];
  if (!Array.isArray(sheetsValue) || sheetsValue.length === 0) problems.push('mapping.sheets: must list at least one sheet');
  const sheets = (Array.isArray(sheetsValue) ? sheetsValue : []).map((sheet, index) => sheetMapping(sheet, `mapping.sheets[${index}]`, problems));
  if (problems.length > 0) throw new MappingError(problems);
  return { dateFormat: dateFormat as ImportMapping['dateFormat'], sheets: sheets as SheetMapping[] };
};
