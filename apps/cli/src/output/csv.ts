import type { Cell } from './table';

const needsQuoting = /[",\r\n]/;

/**
 * A spreadsheet reads a cell that begins with one of these as a formula (or, for tab and carriage
 * return, shifts it into one): text from the store could then run in the reader's spreadsheet.
 */
const startsLikeAFormula = /^[=+\-@\t\r]/;

/** Text as a spreadsheet must show it: a leading single quote keeps a formula-like cell as text. */
export const neutraliseFormula = (text: string): string => (startsLikeAFormula.test(text) ? `'${text}` : text);

/** Only text is neutralised: a number the CLI computed (a negative change, say) stays a number. */
const csvCell = (cell: Cell): string => {
  const text = cell === null || cell === undefined ? '' : typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
  return needsQuoting.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One RFC 4180 line, every cell safe to open in a spreadsheet. */
export const csvLine = (cells: readonly Cell[]): string => cells.map(csvCell).join(',') + '\r\n';

export const renderCsv = (headers: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [headers, ...rows].map(csvLine).join('');
