import type * as E from 'fp-ts/Either';
import type { ProjectionEvent } from './projection-event';
import type { ReadModelName, Row } from './read-model-rows';

/**
 * A row of a table, named by its key. Keys are the value of the table's one-column key, or the
 * columns of a composite key joined by `|`. A `row` of null deletes it.
 */
export interface RowRef {
  readonly table: ReadModelName;
  readonly key: string;
}

export interface RowWrite extends RowRef {
  readonly row: Row | null;
  /**
   * The row as it stood, when the projection knows it without having named it in `reads` (e.g. a
   * derived row it wrote in an earlier batch and recorded elsewhere): a delete then still marks the
   * aggregate group the row was in.
   */
  readonly previous?: Row;
}

/** Reads the current row (undefined when absent), as left by earlier events of the same replay. */
export type RowLookup = (ref: RowRef) => Row | undefined;

/** The group a row is in: its values of the group's columns (a missing one as null). */
export const groupOfRow = (groupColumns: readonly string[], row: Row): Row =>
  Object.fromEntries(groupColumns.map((column) => [column, row[column] ?? null]));

/** A group as one text, the same for every row of the group: what groups are kept and marked by. */
export const groupKeyOf = (groupColumns: readonly string[], row: Row): string => JSON.stringify(groupColumns.map((column) => row[column] ?? null));

/**
 * A table computed per group from the rows of a source table (e.g. programme_outcomes from
 * participant_status), so it always equals a full recomputation. `referenceDate` is the date
 * that time-dependent figures (a milestone falling due) are measured against. `compute` gives the
 * group's one row, or a list when a group has several (facility_coverage: a row per month); a list
 * replaces every row of the group.
 */
export interface GroupAggregate {
  readonly table: ReadModelName;
  readonly source: ReadModelName;
  readonly groupColumns: readonly string[];
  readonly compute: (group: Row, sourceRows: readonly Row[], referenceDate: string) => Row | readonly Row[];
  /**
   * The same computation a part of the group's rows at a time, so the runner never holds a whole group
   * (at national scale one group may hold hundreds of thousands of people). `compute` stays the
   * reference: a property test holds `finish` of the parts, combined in any split, to it. Without it,
   * the runner puts a group's rows together and calls `compute` (inOnePart).
   */
  readonly inParts?: AggregateInParts;
}

/** What a GroupAggregate's rows give a part at a time: `part` of some rows, `combine` of two parts, `finish` of the whole. */
export interface AggregateInParts {
  readonly part: (group: Row, rows: readonly Row[], referenceDate: string) => unknown;
  readonly combine: (a: unknown, b: unknown) => unknown;
  readonly finish: (group: Row, whole: unknown, referenceDate: string) => Row | readonly Row[];
}

/** An aggregate without `inParts` in parts all the same: its rows put together, then `compute` (memory holds the group). */
export const inOnePart = (aggregate: GroupAggregate): AggregateInParts =>
  aggregateInParts<readonly Row[]>({
    part: (_group, rows) => rows,
    combine: (a, b) => [...a, ...b],
    finish: (group, rows, referenceDate) => aggregate.compute(group, rows, referenceDate),
  });

/** An AggregateInParts from functions typed by their part. */
export const aggregateInParts = <Part>(parts: {
  readonly part: (group: Row, rows: readonly Row[], referenceDate: string) => Part;
  readonly combine: (a: Part, b: Part) => Part;
  readonly finish: (group: Row, whole: Part, referenceDate: string) => Row | readonly Row[];
}): AggregateInParts => parts as unknown as AggregateInParts;

/**
 * A table of counts kept as the source rows change, not recomputed: per group, how many source rows
 * `counts` holds for. Each batch adds one for a counted row that appears in (or moves into) a group and
 * takes one away for one that leaves it, so a count costs nothing however large its group, where a
 * GroupAggregate reads the whole group again. A group whose count reaches zero has no row. The source's
 * writes must name each row's `previous` state unless `reads` loaded it: a row written without either
 * is counted as new. The in-memory replay counts from scratch (countGroups), which tests hold the
 * runner's running counts to.
 */
export interface GroupCount {
  readonly table: ReadModelName;
  readonly source: ReadModelName;
  readonly groupColumns: readonly string[];
  /** The column of `table` that holds the count. */
  readonly countColumn: string;
  readonly counts: (row: Row) => boolean;
}

/** The reference for a GroupCount: every group's count from all the source rows at once, groups in key order. */
export const countGroups = (count: GroupCount, sourceRows: Iterable<Row>): readonly Row[] => {
  const groups = new Map<string, Row>();
  for (const row of sourceRows) {
    if (!count.counts(row)) continue;
    const key = groupKeyOf(count.groupColumns, row);
    const counted = groups.get(key);
    const before = counted === undefined ? 0 : Number(counted[count.countColumn]);
    groups.set(key, { ...groupOfRow(count.groupColumns, row), [count.countColumn]: before + 1 });
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
};

/** The rows `compute` gave, as a list. */
export const aggregateRowsOf = (computed: Row | readonly Row[]): readonly Row[] => (Array.isArray(computed) ? computed : [computed as Row]);

/**
 * A projection: a pure reducer from events to row writes. `reads` names the rows an event needs,
 * so a store can load them before `apply` runs; `apply` may only look those rows up.
 */
export interface RowProjection {
  readonly name: string;
  readonly tables: readonly ReadModelName[];
  readonly reads: (event: ProjectionEvent) => readonly RowRef[];
  readonly apply: (event: ProjectionEvent, lookup: RowLookup) => E.Either<string, readonly RowWrite[]>;
  readonly aggregates: readonly GroupAggregate[];
  /**
   * The rules the rows are worked out by, where they can change without the tables' layout: e.g. the
   * follow-up windows the worklist is dated by. A version built under other rules is stale and is rebuilt
   * on start, as for a changed layout: rows and running counts kept under the old rules would otherwise
   * stay as they were.
   */
  readonly rules?: string;
  /** Tables of counts the runner keeps up to date batch by batch (see GroupCount). */
  readonly counts?: readonly GroupCount[];
  /**
   * Fetches what `apply` needs from outside before a batch (e.g. opening sealed personal data
   * through an asynchronous vault), so `apply` itself stays synchronous and free of I/O.
   */
  readonly prepare?: (events: readonly ProjectionEvent[]) => Promise<void>;
  /**
   * Tables read off the projection's own rows once a batch is folded, not after every event: for each
   * key of `from` the batch changed, `derive` gets the rows as they stood before the batch (through
   * `before`, which reaches what `reads` loaded) and the row as the batch left it, and gives the
   * writes to the derived tables.
   */
  readonly derived?: DerivedRows;
  /**
   * Declares that each row this projection writes, and each row it reads to decide what it writes, is
   * changed by the events of one stream only (a participant's rows by her stream; a row per event by its
   * event). An event may still name a row it then leaves alone (a reservation loads her directory row).
   * Folding the log stream after stream, each stream in order, then gives the same rows as folding it by
   * position, and a rebuild does so when the store can read that way (`readAllByStream`): a row's events
   * come one after the other, so it is loaded and written about once, not once per page it has an event
   * on. The default projections refuse an event outside the stream its data names (outsideItsStream),
   * and tests hold their rebuild to the catch-up by position.
   */
  readonly rowsFollowOneStream?: boolean;
}

export interface DerivedRows {
  readonly from: ReadModelName;
  readonly derive: (key: string, after: Row | null, before: RowLookup) => readonly RowWrite[];
}
