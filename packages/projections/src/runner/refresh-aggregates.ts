import { aggregateRowsOf, type GroupAggregate, type RowProjection } from '../read-models/row-projection';
import type { Row } from '../read-models/read-model-rows';
import type { Kysely } from 'kysely';
import { type PhysicalDatabase, type ReadModelDatabase, physicalTables } from '../schema/database';
import { physicalTableName } from '../schema/physical-tables';
import { tableDefinitions } from '../schema/table-definitions';
import { rowKey, type RowIo } from './row-io';
import { groupKeyOf } from './apply-batch';

const groupOf = (aggregate: GroupAggregate, groupKey: string): Row => {
  const values = JSON.parse(groupKey) as readonly (string | number | null)[];
  return Object.fromEntries(aggregate.groupColumns.map((column, index) => [column, values[index] ?? null]));
};

const allGroupKeys = async (db: Kysely<PhysicalDatabase>, aggregate: GroupAggregate, version: number): Promise<readonly string[]> => {
  const rows = await db
    .selectFrom(physicalTableName(aggregate.source, version))
    .select([...aggregate.groupColumns])
    .distinct()
    .execute();
  return rows.map((row) => groupKeyOf(aggregate.groupColumns, row as Row));
};

/** Deletes every row of the group from an aggregate that gives several rows per group, before they are written anew. */
const removeGroup = async (db: Kysely<PhysicalDatabase>, aggregate: GroupAggregate, version: number, group: Row): Promise<void> => {
  let query = db.deleteFrom(physicalTableName(aggregate.table, version));
  for (const column of aggregate.groupColumns) {
    const value = group[column];
    query = value === null || value === undefined ? query.where(column, 'is', null) : query.where(column, '=', value);
  }
  await query.execute();
};

const recompute = async (db: Kysely<PhysicalDatabase>, io: RowIo, aggregate: GroupAggregate, version: number, groupKey: string, referenceDate: string) => {
  const group = groupOf(aggregate, groupKey);
  const sourceRows = await io.readRows(db, tableDefinitions[aggregate.source], (columns) => {
    let query = db.selectFrom(physicalTableName(aggregate.source, version)).select(columns);
    for (const column of aggregate.groupColumns) {
      const value = group[column];
      query = value === null || value === undefined ? query.where(column, 'is', null) : query.where(column, '=', value);
    }
    return query.compile();
  });
  if (sourceRows.length === 0) {
    const definition = tableDefinitions[aggregate.table];
    if (definition.primaryKey.join('|') === aggregate.groupColumns.join('|')) await io.remove(db, aggregate.table, version, [rowKey(definition, group)]);
    else await removeGroup(db, aggregate, version, group);
    return;
  }
  const computed = aggregate.compute(group, sourceRows, referenceDate);
  if (Array.isArray(computed)) await removeGroup(db, aggregate, version, group);
  const rows = aggregateRowsOf(computed);
  if (rows.length > 0) await io.upsert(db, aggregate.table, version, rows);
};

/**
 * Recomputes the aggregate groups marked dirty, one group at a time from its source rows; when the
 * reference date moved on (a new day), every group, since milestones fall due with time alone.
 */
export const refreshAggregates = async (
  db: Kysely<ReadModelDatabase>,
  io: RowIo,
  projection: RowProjection,
  version: number,
  referenceDate: string,
  previousReferenceDate: string | null,
): Promise<void> => {
  const physical = physicalTables(db);
  const dirty = db
    .selectFrom('projection_dirty_group')
    .where('projection', '=', projection.name)
    .where('version', '=', version);
  for (const aggregate of projection.aggregates) {
    const groupKeys =
      referenceDate === previousReferenceDate
        ? (await dirty.select('group_key').where('table_name', '=', aggregate.table).execute()).map((row) => row.group_key)
        : await allGroupKeys(physical, aggregate, version);
    for (const groupKey of groupKeys) {
      await recompute(physical, io, aggregate, version, groupKey, referenceDate);
    }
  }
  await db.deleteFrom('projection_dirty_group').where('projection', '=', projection.name).where('version', '=', version).execute();
};
