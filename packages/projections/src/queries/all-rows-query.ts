import type { ReadModelName, ReadModelRows, Row } from '../read-models/read-model-rows';
import { physicalTables } from '../schema/database';
import { tableDefinitions } from '../schema/table-definitions';
import { normaliseRow } from '../runner/row-io';
import type { ReadModelStore } from '../store/read-model-store';
import { sortRows } from './sort-rows';

/** Every row of a read model, as the reducers produce them (bigint positions, numbers, text), in key order. */
export const readModelRows = async <Name extends ReadModelName>(
  readModels: ReadModelStore,
  table: Name,
): Promise<readonly ReadModelRows[Name][]> => {
  const raw = await physicalTables(readModels.db).selectFrom(table).selectAll().execute();
  const rows = raw.map((row) => normaliseRow(tableDefinitions[table], row));
  return sortRows(table, rows) as readonly Row[] as readonly ReadModelRows[Name][];
};
