import type { Row, RowValue } from '../read-models/read-model-rows';
import { type CompiledQuery, type Kysely, sql } from 'kysely';
import type { PhysicalDatabase } from '../schema/database';
import { sqlType } from '../schema/physical-tables';
import type { TableDefinition } from '../schema/table-definitions';

/** The rows as one array per column, in column order: the parameters of the unnest upsert. */
export const columnArrays = (definition: TableDefinition, rows: readonly Row[]): RowValue[][] =>
  definition.columns.map(([column]) => rows.map((row) => row[column] ?? null));

/**
 * `INSERT INTO t (...) SELECT * FROM unnest($1::text[], $2::bigint[], ...) ON CONFLICT (key) DO UPDATE`:
 * any number of rows in one statement with one parameter per column, so PostgreSQL parses a short
 * statement and binds a few arrays instead of a parameter per value (faster than a multi-row VALUES
 * list). The rows must have distinct keys, as a batch's writes do.
 */
export const compileUnnestUpsert = (db: Kysely<PhysicalDatabase>, definition: TableDefinition, name: string, arrays: readonly RowValue[][]): CompiledQuery => {
  const columns = definition.columns.map(([column]) => column);
  const updated = columns.filter((column) => !definition.primaryKey.includes(column));
  const unnested = sql.join(definition.columns.map(([, type], index) => sql`${arrays[index]}::${sql.raw(sqlType('postgres', type))}[]`));
  return db
    .insertInto(name)
    .columns(columns)
    .expression(sql`select * from unnest(${unnested})`)
    .onConflict((conflict) =>
      conflict.columns([...definition.primaryKey]).doUpdateSet(Object.fromEntries(updated.map((column) => [column, sql.ref(`excluded.${column}`)]))),
    )
    .compile();
};
