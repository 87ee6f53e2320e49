import type { ProjectionEvent } from '../read-models/projection-event';
import type { ProjectionFailure } from '../replay/in-memory-replay';
import type { ReadModelName, Row } from '../read-models/read-model-rows';
import { groupKeyOf, type RowProjection, type RowRef, type RowWrite } from '../read-models/row-projection';
import * as E from 'fp-ts/Either';
import type { Kysely } from 'kysely';
import { type PhysicalDatabase, type ReadModelDatabase, physicalTables } from '../schema/database';
import type { RowIo } from './row-io';
import { groupCountChanges, keepGroupCounts } from './keep-group-counts';

/** Per table: the rows as loaded (null = absent) and as the batch left them. */
interface TableBatch {
  readonly loaded: Map<string, Row | null>;
  readonly current: Map<string, Row | null>;
}

const batchOf = (tables: Map<ReadModelName, TableBatch>, table: ReadModelName): TableBatch => {
  const existing = tables.get(table);
  if (existing !== undefined) return existing;
  const created: TableBatch = { loaded: new Map(), current: new Map() };
  tables.set(table, created);
  return created;
};

/** A reducer that throws is a bug; it stops the projection at that event like a refusal does. */
const applyGuarded = (projection: RowProjection, event: ProjectionEvent, lookup: (ref: RowRef) => Row | undefined) => {
  try {
    return projection.apply(event, lookup);
  } catch (error) {
    return E.left(`threw ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Loads every row the batch's events will read, in one query per table. */
const preload = async (db: Kysely<PhysicalDatabase>, io: RowIo, projection: RowProjection, version: number, events: readonly ProjectionEvent[]) => {
  const wanted = new Map<ReadModelName, Set<string>>();
  for (const event of events) {
    for (const ref of projection.reads(event)) {
      const keys = wanted.get(ref.table) ?? new Set<string>();
      wanted.set(ref.table, keys.add(ref.key));
    }
  }
  const tables = new Map<ReadModelName, TableBatch>();
  for (const [table, keys] of wanted) {
    const loaded = await io.load(db, table, version, [...keys]);
    const batch = batchOf(tables, table);
    for (const key of keys) batch.loaded.set(key, loaded.get(key) ?? null);
  }
  return tables;
};

/** Groups whose source rows changed: each changed row's group before the batch and after it. */
const dirtyGroupRows = (projection: RowProjection, version: number, tables: Map<ReadModelName, TableBatch>) =>
  projection.aggregates.flatMap((aggregate) => {
    const source = batchOf(tables, aggregate.source);
    const groups = new Set<string>();
    for (const [key, row] of source.current) {
      const before = source.loaded.get(key);
      if (before !== undefined && before !== null) groups.add(groupKeyOf(aggregate.groupColumns, before));
      if (row !== null) groups.add(groupKeyOf(aggregate.groupColumns, row));
    }
    return [...groups].map((group_key) => ({ projection: projection.name, version, table_name: aggregate.table, group_key }));
  });

/**
 * Applies a batch to one version of a projection inside the caller's transaction: preloads the rows
 * the events read, folds the events in memory, derives what is read off the folded rows (once per
 * row, not per event), then writes each changed row once, adds to the counts what the batch changed and, when asked,
 * marks the aggregate groups it touched. A version never refreshed needs no marks: its first refresh
 * recomputes every group (its reference date moves from none to a date), so a rebuild skips them.
 * Memory holds only this batch's rows.
 */
export const applyBatch = async (
  db: Kysely<ReadModelDatabase>,
  io: RowIo,
  projection: RowProjection,
  version: number,
  events: readonly ProjectionEvent[],
  options: { readonly markDirtyGroups: boolean },
): Promise<E.Either<ProjectionFailure, void>> => {
  const physical = physicalTables(db);
  await projection.prepare?.(events);
  const tables = await preload(physical, io, projection, version, events);
  const lookup = (ref: RowRef): Row | undefined => {
    const table = tables.get(ref.table);
    const row = table?.current.has(ref.key) ? table.current.get(ref.key) : table?.loaded.get(ref.key);
    return row ?? undefined;
  };

  const record = (write: RowWrite): void => {
    const batch = batchOf(tables, write.table);
    if (write.previous !== undefined && !batch.loaded.has(write.key)) batch.loaded.set(write.key, write.previous);
    batch.current.set(write.key, write.row);
  };

  for (const event of events) {
    const writes = applyGuarded(projection, event, lookup);
    if (E.isLeft(writes)) {
      return E.left({ projection: projection.name, position: event.position, message: writes.left });
    }
    for (const write of writes.right) record(write);
  }

  const derived = projection.derived;
  if (derived !== undefined) {
    const loadedRow = (ref: RowRef): Row | undefined => tables.get(ref.table)?.loaded.get(ref.key) ?? undefined;
    for (const [key, row] of [...batchOf(tables, derived.from).current]) {
      for (const write of derived.derive(key, row, loadedRow)) record(write);
    }
  }

  for (const [table, { current }] of tables) {
    const removed: string[] = [];
    const kept: Row[] = [];
    for (const [key, row] of current) {
      if (row === null) removed.push(key);
      else kept.push(row);
    }
    if (removed.length > 0) await io.remove(physical, table, version, removed);
    if (kept.length > 0) await io.upsert(physical, table, version, kept);
  }
  for (const count of projection.counts ?? []) {
    const { loaded, current } = batchOf(tables, count.source);
    const changed = [...current].map(([key, row]) => [loaded.get(key), row] as const);
    await keepGroupCounts(physical, count, version, groupCountChanges(count, changed));
  }
  if (!options.markDirtyGroups) return E.right(undefined);
  const dirty = dirtyGroupRows(projection, version, tables);
  for (let start = 0; start < dirty.length; start += 1_000) {
    await db
      .insertInto('projection_dirty_group')
      .values(dirty.slice(start, start + 1_000))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
  return E.right(undefined);
};
