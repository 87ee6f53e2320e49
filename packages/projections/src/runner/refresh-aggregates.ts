import { aggregateRowsOf, type GroupAggregate, groupKeyOf, inOnePart, type RowProjection } from '../read-models/row-projection';
import type { Row } from '../read-models/read-model-rows';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { type PhysicalDatabase, type ReadModelDatabase, physicalTables } from '../schema/database';
import { physicalTableName } from '../schema/physical-tables';
import { tableDefinitions } from '../schema/table-definitions';
import { rowKey, type RowIo } from './row-io';

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

/** The rows of one group: each group column equal to the group's value, or null where it is null. */
const inGroup = (aggregate: GroupAggregate, group: Row) => (eb: ExpressionBuilder<PhysicalDatabase, string>): Expression<SqlBool> =>
  eb.and(
    aggregate.groupColumns.map((column) => {
      const value = group[column];
      return value === null || value === undefined ? eb(column, 'is', null) : eb(column, '=', value);
    }),
  );

/** Deletes every row of the group from an aggregate that gives several rows per group, before they are written anew. */
const removeGroup = async (db: Kysely<PhysicalDatabase>, aggregate: GroupAggregate, version: number, group: Row): Promise<void> => {
  await db.deleteFrom(physicalTableName(aggregate.table, version)).where(inGroup(aggregate, group)).execute();
};

/** How many source rows a part of a group holds by default: enough to make few reads, few enough to keep memory flat. */
export const DEFAULT_AGGREGATE_PART_ROWS = 2_000;

/**
 * A group's aggregate from its source rows: the group's keys (from its index), then its rows a part at
 * a time, so memory holds a part and the keys, not the whole group, when the aggregate can be computed
 * in parts (inParts); otherwise the parts are put together and computed at once.
 */
const computeGroup = async (db: Kysely<PhysicalDatabase>, io: RowIo, partRows: number, aggregate: GroupAggregate, version: number, group: Row, referenceDate: string) => {
  const source = tableDefinitions[aggregate.source];
  const inParts = aggregate.inParts ?? inOnePart(aggregate);
  const keyed = await db.selectFrom(physicalTableName(aggregate.source, version)).select([...source.primaryKey]).where(inGroup(aggregate, group)).execute();
  const keys = keyed.map((row) => rowKey(source, row as Row)).sort();
  if (keys.length === 0) return null;
  let whole: unknown;
  for (let start = 0; start < keys.length; start += partRows) {
    const part = keys.slice(start, start + partRows);
    const loaded = await io.load(db, aggregate.source, version, part);
    const rows = part.flatMap((key) => {
      const row = loaded.get(key);
      return row === undefined ? [] : [row];
    });
    const computed = inParts.part(group, rows, referenceDate);
    whole = start === 0 ? computed : inParts.combine(whole, computed);
  }
  return inParts.finish(group, whole, referenceDate);
};

const recompute = async (db: Kysely<PhysicalDatabase>, io: RowIo, partRows: number, aggregate: GroupAggregate, version: number, groupKey: string, referenceDate: string) => {
  const group = groupOf(aggregate, groupKey);
  const computed = await computeGroup(db, io, partRows, aggregate, version, group, referenceDate);
  if (computed === null) {
    const definition = tableDefinitions[aggregate.table];
    if (definition.primaryKey.join('|') === aggregate.groupColumns.join('|')) await io.remove(db, aggregate.table, version, [rowKey(definition, group)]);
    else await removeGroup(db, aggregate, version, group);
    return;
  }
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
  aggregatePartRows: number,
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
      await recompute(physical, io, aggregatePartRows, aggregate, version, groupKey, referenceDate);
    }
  }
  await db.deleteFrom('projection_dirty_group').where('projection', '=', projection.name).where('version', '=', version).execute();
};
