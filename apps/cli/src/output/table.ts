export type Cell = string | number | bigint | boolean | null | undefined;

const cellText = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell));

/** A plain-text table with a header rule; numbers are right-aligned so columns of figures read down. */
export const renderTable = (headers: readonly string[], rows: readonly (readonly Cell[])[]): string => {
  const texts = rows.map((row) => headers.map((_, index) => cellText(row[index])));
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...texts.map((row) => (row[index] ?? '').length)),
  );
  const numericColumns = headers.map((_, index) => rows.length > 0 && rows.every((row) => isNumeric(row[index])));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => (numericColumns[index] ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...texts.map(line)].join('\n') + '\n';
};

const isNumeric = (cell: Cell): boolean => typeof cell === 'number' || typeof cell === 'bigint' || cell === null || cell === undefined;
