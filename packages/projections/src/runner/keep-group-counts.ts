import { type Kysely, sql } from 'kysely';
import type { Row } from '../read-models/read-model-rows';
import { type GroupCount, groupKeyOf, groupOfRow } from '../read-models/row-projection';
import type { PhysicalDatabase } from '../schema/database';
import { physicalTableName } from '../schema/physical-tables';

/** A group of a GroupCount and what a batch adds to its count (negative when rows left it). */
export interface GroupCountChange {
  readonly group: Row;
  readonly change: number;
}

/**
 * What a batch changes in each group's count, from the source rows as they stood before it (absent:
 * undefined or null) and as it left them: a counted row that left its group takes one away, a counted
 * row that is now in a group adds one. A row counted before and after in the same group changes nothing.
 */
export const groupCountChanges = (
  count: GroupCount,
  changed: Iterable<readonly [before: Row | null | undefined, after: Row | null]>,
): readonly GroupCountChange[] => {
  const changes = new Map<string, GroupCountChange>();
  const add = (row: Row, change: number): void => {
    const key = groupKeyOf(count.groupColumns, row);
    const known = changes.get(key);
    changes.set(key, { group: known?.group ?? groupOfRow(count.groupColumns, row), change: (known?.change ?? 0) + change });
  };
  for (const [before, after] of changed) {
    if (before !== undefined && before !== null && count.counts(before)) add(before, -1);
    if (after !== null && count.counts(after)) add(after, 1);
  }
  return [...changes.values()].filter((entry) => entry.change !== 0);
};

/**
 * Adds a batch's changes to the counts in one version's table, inside the caller's transaction
 * (an insert that adds to the row already there, in both SQLite and PostgreSQL), and deletes the
 * groups it brought to zero.
 */
export const keepGroupCounts = async (
  db: Kysely<PhysicalDatabase>,
  count: GroupCount,
  version: number,
  changes: readonly GroupCountChange[],
): Promise<void> => {
  if (changes.length === 0) return;
  const table = physicalTableName(count.table, version);
  const column = count.countColumn;
  for (let start = 0; start < changes.length; start += 500) {
    const part = changes.slice(start, start + 500);
    await db
      .insertInto(table)
      .values(part.map(({ group, change }) => ({ ...group, [column]: change })))
      .onConflict((conflict) =>
        conflict.columns([...count.groupColumns] as never).doUpdateSet({ [column]: sql`${sql.ref(`${table}.${column}`)} + excluded.${sql.ref(column)}` } as never),
      )
      .execute();
  }
  // A count below zero would be a bug (a row taken away that was never counted): it stays, for the checks to see.
  if (changes.some(({ change }) => change < 0)) await db.deleteFrom(table).where(column, '=', 0).execute();
};
