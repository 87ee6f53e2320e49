import type { Cell } from './table';

const needsQuoting = /[",\r\n]/;

/** One RFC 4180 line. */
export const csvLine = (cells: readonly Cell[]): string =>
  cells
    .map((cell) => {
      const text = cell === null || cell === undefined ? '' : String(cell);
      return needsQuoting.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',') + '\r\n';

export const renderCsv = (headers: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [headers, ...rows].map(csvLine).join('');
