import * as E from 'fp-ts/Either';
import type { ProjectionEvent } from '../read-models/projection-event';
import type { ReadModelName, Row } from '../read-models/read-model-rows';
import { aggregateRowsOf, countGroups, groupKeyOf, groupOfRow, type RowProjection, type RowRef, type RowWrite } from '../read-models/row-projection';

export type ReadModelTables = Partial<Record<ReadModelName, readonly Row[]>>;

export interface ProjectionFailure {
  readonly projection: string;
  readonly position: bigint;
  readonly message: string;
}

/**
 * Folds events through projections entirely in memory: the same reducers as the SQL runner,
 * for as-of replays and for checking the runner. Rows are kept per table, keyed as the projections key them.
 */
export const createInMemoryReplay = (projections: readonly RowProjection[]) => {
  const tables = new Map<ReadModelName, Map<string, Row>>();
  const tableOf = (name: ReadModelName): Map<string, Row> => {
    const existing = tables.get(name);
    if (existing !== undefined) return existing;
    const created = new Map<string, Row>();
    tables.set(name, created);
    return created;
  };
  const lookup = (ref: RowRef): Row | undefined => tableOf(ref.table).get(ref.key);
  const store = (write: RowWrite): void => {
    if (write.row === null) tableOf(write.table).delete(write.key);
    else tableOf(write.table).set(write.key, write.row);
  };
  /** Per projection, the keys of its derived rows' source that changed since they were last derived. */
  const underived = new Map<RowProjection, Set<string>>();

  const apply = (event: ProjectionEvent): E.Either<ProjectionFailure, void> => {
    for (const projection of projections) {
      const writes = projection.apply(event, lookup);
      if (E.isLeft(writes)) {
        return E.left({ projection: projection.name, position: event.position, message: writes.left });
      }
      writes.right.forEach(store);
      const from = projection.derived?.from;
      for (const write of writes.right) {
        if (write.table === from) underived.set(projection, (underived.get(projection) ?? new Set()).add(write.key));
      }
    }
    return E.right(undefined);
  };

  /** Derived rows are read off their source when the tables are asked for: once per row, as the runner does once per batch. */
  const derivePending = (): void => {
    for (const [projection, keys] of underived) {
      const derived = projection.derived;
      if (derived === undefined) continue;
      for (const key of keys) derived.derive(key, tableOf(derived.from).get(key) ?? null, lookup).forEach(store);
    }
    underived.clear();
  };

  /** Every table the projections own, rows sorted by key; aggregates computed against `referenceDate`. */
  const result = (referenceDate: string): ReadModelTables => {
    derivePending();
    const output: Partial<Record<ReadModelName, readonly Row[]>> = {};
    for (const projection of projections) {
      for (const table of projection.tables) {
        output[table] = sortedRows(tableOf(table));
      }
      for (const aggregate of projection.aggregates) {
        output[aggregate.table] = aggregateRows(aggregate.groupColumns, [...tableOf(aggregate.source).values()], (group, rows) =>
          aggregate.compute(group, rows, referenceDate),
        );
      }
      for (const count of projection.counts ?? []) {
        output[count.table] = countGroups(count, tableOf(count.source).values());
      }
    }
    return output;
  };

  return { apply, result };
};

const sortedRows = (table: ReadonlyMap<string, Row>): readonly Row[] =>
  [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);

const aggregateRows = (
  groupColumns: readonly string[],
  sourceRows: readonly Row[],
  compute: (group: Row, rows: readonly Row[]) => Row | readonly Row[],
): readonly Row[] => {
  const groups = new Map<string, { readonly group: Row; readonly rows: Row[] }>();
  for (const row of sourceRows) {
    const key = groupKeyOf(groupColumns, row);
    const entry = groups.get(key) ?? { group: groupOfRow(groupColumns, row), rows: [] };
    entry.rows.push(row);
    groups.set(key, entry);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, { group, rows }]) => aggregateRowsOf(compute(group, rows)));
};
