import type { ReadModelName, Row, RowValue } from '../read-models/read-model-rows';
import { tableDefinitions } from '../schema/table-definitions';

const compareValues = (a: RowValue, b: RowValue): number => {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'string' || typeof b === 'string') return String(a) < String(b) ? -1 : 1;
  return a < b ? -1 : 1;
};

/**
 * Orders rows by the table's key in JavaScript, by code unit and by number: SQLite and PostgreSQL
 * collate text differently, and results must be identical whichever store answered.
 */
export const sortRows = <R extends object>(table: ReadModelName, rows: readonly R[]): readonly R[] => {
  const key = tableDefinitions[table].primaryKey;
  return [...rows].sort((a, b) => {
    for (const column of key) {
      const order = compareValues((a as Row)[column] ?? null, (b as Row)[column] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
};
