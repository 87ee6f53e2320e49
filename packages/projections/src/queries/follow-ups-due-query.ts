import { type Kysely, sql } from 'kysely';
import type { ReadModelDatabase } from '../schema/database';
import type { ParticipantScope } from '@binaan/domain';
import { isListedOn, LISTED_UNTIL_REACHED, type NextFollowUp, stateOn, worklistKey } from '../read-models/follow-up-worklist/follow-up-worklist';
import { type FollowUpWorklistRow } from '../read-models/read-model-rows';
import { tableDefinitions } from '../schema/table-definitions';
import { normaliseRow } from '../runner/row-io';
import type { ReadModelStore } from '../store/read-model-store';

/** Where a page of the worklist ends: the last item's window close and participant, in the page order. */
export interface FollowUpsDueCursor {
  readonly windowClosesOn: string;
  readonly participantId: string;
}

export interface FollowUpsDueQuery {
  /** The reference date for due and overdue (`YYYY-MM-DD`, Asia/Jakarta). */
  readonly today: string;
  readonly facilityId?: string;
  readonly programmeId?: string;
  readonly participantId?: string;
  /** The caller's reach, judged on the unit that holds her now and her programme; default national. */
  readonly scope?: ParticipantScope;
  /** At most this many items; 0 answers the counts alone. */
  readonly limit: number;
  readonly after?: FollowUpsDueCursor;
}

export interface FollowUpsDueCount {
  readonly milestone: string;
  readonly state: 'due' | 'overdue';
  readonly count: number;
}

export interface FollowUpsDuePage {
  /** Every listed participant's next follow-up counted by milestone and state, over the whole list, not the page. */
  readonly counts: readonly FollowUpsDueCount[];
  /** The page: ordered by window close (overdue first), then participant. */
  readonly items: readonly NextFollowUp[];
  /** Where the next page starts, or null after the last item. */
  readonly next: FollowUpsDueCursor | null;
}

/** The rows of the keys, in the order of the keys. */
const rowsOf = async (db: Kysely<ReadModelDatabase>, keys: readonly { readonly participant_id: string; readonly milestone: string }[]): Promise<readonly FollowUpWorklistRow[]> => {
  const found = await db
    .selectFrom('follow_up_worklist')
    .selectAll()
    .where('participant_id', 'in', keys.map((key) => key.participant_id))
    .execute();
  const byKey = new Map(
    found.map((raw) => {
      const row = normaliseRow(tableDefinitions.follow_up_worklist, raw) as FollowUpWorklistRow;
      return [worklistKey(row.participant_id, row.milestone), row];
    }),
  );
  return keys.flatMap((key) => {
    const row = byKey.get(worklistKey(key.participant_id, key.milestone));
    return row === undefined ? [] : [row];
  });
};

/** The filters of a query as conditions on columns that the worklist and its open-listing counts both have. */
type Condition = readonly ['facility_id' | 'programme_id' | 'current_facility_id' | 'participant_id', '=' | 'in', string | readonly string[]];

const conditionsOf = (query: FollowUpsDueQuery): readonly Condition[] => {
  const { scope } = query;
  return [
    ...(query.facilityId === undefined ? [] : [['facility_id', '=', query.facilityId] as const]),
    ...(query.programmeId === undefined ? [] : [['programme_id', '=', query.programmeId] as const]),
    ...(query.participantId === undefined ? [] : [['participant_id', '=', query.participantId] as const]),
    ...(scope === undefined || scope.facilities === 'all' ? [] : [['current_facility_id', 'in', scope.facilities] as const]),
    ...(scope === undefined || scope.programmes === 'all' ? [] : [['programme_id', 'in', scope.programmes] as const]),
  ];
};

type Counted = Map<string, FollowUpsDueCount>;

const addCount = (counts: Counted, milestone: string, state: 'due' | 'overdue', count: number): void => {
  const key = `${milestone}|${state}`;
  counts.set(key, { milestone, state, count: (counts.get(key)?.count ?? 0) + count });
};

const countsInOrder = (counts: Counted): readonly FollowUpsDueCount[] =>
  [...counts.values()]
    .filter((count) => count.count !== 0)
    .sort((a, b) => (a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : a.state < b.state ? -1 : a.state > b.state ? 1 : 0));

/**
 * The worklist's rows, filtered, in three parts by `listed_until`: the rows listed until she is reached
 * (`open`, nearly everyone at national scale: overdue at her last milestone), the rows listed until a
 * later date (`dated`, those between two milestones), and all of them (`all`).
 */
const worklistParts = (db: Kysely<ReadModelDatabase>, query: FollowUpsDueQuery) => {
  const filtered = (rows: ReturnType<typeof worklistOf>) => conditionsOf(query).reduce((selected, [column, op, value]) => selected.where(column, op, value as never), rows);
  const worklistOf = () => db.selectFrom('follow_up_worklist');
  return {
    all: () => filtered(worklistOf()).where('listed_until', '>', query.today),
    open: () => filtered(worklistOf()).where('listed_until', '=', LISTED_UNTIL_REACHED),
    dated: () => filtered(worklistOf()).where('listed_until', '>', query.today).where('listed_until', '<', LISTED_UNTIL_REACHED),
  };
};

// stateOn's rule for a listed row (its window has opened), worked out by the database.
const stateAt = (today: string) => sql<'due' | 'overdue'>`case when window_closes_on >= ${today} then 'due' else 'overdue' end`;

/** Counts the listed rows one by one: the reference, and the way for one participant (a handful of rows). */
const countListedRows = async (db: Kysely<ReadModelDatabase>, query: FollowUpsDueQuery): Promise<readonly FollowUpsDueCount[]> => {
  const counted = await worklistParts(db, query)
    .all()
    .where('listed_from', '<=', query.today)
    .select((eb) => ['milestone', stateAt(query.today).as('state'), eb.fn.countAll().as('count')])
    // By position: PostgreSQL would not match the state's expression again, its date being a new parameter.
    .groupBy([sql.raw('1'), sql.raw('2')])
    .execute();
  const counts: Counted = new Map();
  for (const row of counted) addCount(counts, String(row.milestone), row.state, Number(row.count));
  return countsInOrder(counts);
};

/**
 * The same counts without reading every row listed until reached: those are counted already, per
 * group (follow_up_open_listings). A listing begins by the day its window closes (withListingDates),
 * so such a row whose window closed before today is overdue; from each milestone's count this takes
 * away the rows whose window has not closed, due or not yet listed, which only recent releases have.
 * The rows listed until a date are counted one by one: they too belong to recent releases.
 *
 * One statement, so its parts see one state of the tables (a participant counted in one part and not
 * taken away in another would make a count wrong, even below zero). It names the worklist before the
 * open listings, the order a rebuild's swap takes them in, so the two never wait on each other.
 */
const countFromOpenListings = async (db: Kysely<ReadModelDatabase>, query: FollowUpsDueQuery): Promise<readonly FollowUpsDueCount[]> => {
  const { today } = query;
  const parts = worklistParts(db, query);
  const windowNotClosed = parts
    .open()
    .where('window_closes_on', '>=', today)
    .select((eb) => [
      'milestone',
      sql<Part>`case when listed_from <= ${today} then 'due' else 'not_listed' end`.as('part'),
      eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy([sql.raw('1'), sql.raw('2')]);
  const dated = parts
    .dated()
    .where('listed_from', '<=', today)
    .select((eb) => ['milestone', sql<Part>`case when window_closes_on >= ${today} then 'dated_due' else 'dated_overdue' end`.as('part'), eb.fn.countAll<number | string>().as('count')])
    .groupBy([sql.raw('1'), sql.raw('2')]);
  const totals = conditionsOf(query)
    .reduce((selected, [column, op, value]) => selected.where(column as 'facility_id', op, value as never), db.selectFrom('follow_up_open_listings'))
    .select((eb) => ['milestone', sql<Part>`'open'`.as('part'), eb.fn.sum<number | string>('participants').as('count')])
    .groupBy('milestone');
  const rows = await windowNotClosed.unionAll(dated).unionAll(totals).execute();
  const counts: Counted = new Map();
  for (const row of rows) {
    const milestone = String(row.milestone);
    const count = Number(row.count);
    if (row.part === 'open') addCount(counts, milestone, 'overdue', count);
    else if (row.part === 'dated_due' || row.part === 'dated_overdue') addCount(counts, milestone, row.part === 'dated_due' ? 'due' : 'overdue', count);
    else {
      addCount(counts, milestone, 'overdue', -count);
      if (row.part === 'due') addCount(counts, milestone, 'due', count);
    }
  }
  return countsInOrder(counts);
};

/** What a row of the counts' one statement counts. */
type Part = 'open' | 'due' | 'not_listed' | 'dated_due' | 'dated_overdue';

interface PageKey {
  readonly participant_id: string;
  readonly milestone: string;
  readonly window_closes_on: string;
}

const byPageOrder = (a: PageKey, b: PageKey): number =>
  a.window_closes_on < b.window_closes_on ? -1 : a.window_closes_on > b.window_closes_on ? 1 : a.participant_id < b.participant_id ? -1 : a.participant_id > b.participant_id ? 1 : 0;

/**
 * The two reads of a page's keys (the page and one more, each in page order): the rows listed until
 * reached, read in index order (no sort, however many are overdue), and those listed until a date,
 * which are sorted (they are few). Exported for the spec that reads their query plans.
 */
export const pageKeyReads = (db: Kysely<ReadModelDatabase>, query: FollowUpsDueQuery) => {
  const parts = worklistParts(db, query);
  const { after, today } = query;
  const firstOf = (part: ReturnType<typeof parts.open>) =>
    (after === undefined ? part : part.where((eb) => eb(eb.refTuple('window_closes_on', 'participant_id'), '>', eb.tuple(after.windowClosesOn, after.participantId))))
      .where('listed_from', '<=', today)
      .select(['participant_id', 'milestone', 'window_closes_on'])
      .orderBy('window_closes_on')
      .orderBy('participant_id')
      .limit(query.limit + 1);
  return { open: firstOf(parts.open()), dated: firstOf(parts.dated()) };
};

/** The keys of the page and one more: the two reads merged in page order. */
const pageKeys = async (db: Kysely<ReadModelDatabase>, query: FollowUpsDueQuery): Promise<readonly PageKey[]> => {
  const reads = pageKeyReads(db, query);
  const [open, dated] = await Promise.all([reads.open.execute(), reads.dated.execute()]);
  const keys = [...open, ...dated].map((row) => ({ participant_id: String(row.participant_id), milestone: String(row.milestone), window_closes_on: String(row.window_closes_on) }));
  return keys.sort(byPageOrder).slice(0, query.limit + 1);
};

/**
 * The worklist on a given day, a page at a time: each released participant whose next follow-up is
 * due (its window is open) or overdue (it closed without a reached contact). The projection dated each
 * row's days on the list (`listed_from`, `listed_until`, see withListingDates), so this selects rows
 * by date; the state is still worked out here, against `today`. The same answer as nextFollowUp over
 * every row of every participant (queryFollowUpWorklist), which a spec holds it to on both stores.
 *
 * Nearly everyone on a national worklist is listed until reached, overdue at a milestone long past:
 * they are counted from follow_up_open_listings and paged in index order, so neither the counts nor
 * a page reads them all.
 *
 * Pages are ordered by window close then participant id: both are ASCII of fixed width (dates and
 * lowercase UUIDs), so SQLite and PostgreSQL order them alike whatever the collation.
 */
export const queryFollowUpsDue = async (readModels: ReadModelStore, query: FollowUpsDueQuery): Promise<FollowUpsDuePage> => {
  const { today, scope } = query;
  const { db } = readModels;
  const reachesNone = (ids: ParticipantScope['facilities']): boolean => ids !== 'all' && ids.length === 0;
  if (scope !== undefined && (reachesNone(scope.facilities) || reachesNone(scope.programmes))) return { counts: [], items: [], next: null };
  const counts = query.participantId === undefined ? await countFromOpenListings(db, query) : await countListedRows(db, query);
  if (query.limit === 0) return { counts, items: [], next: null };

  const keys = await pageKeys(db, query);
  const shown = keys.slice(0, query.limit);
  // A row the projection changed between the reads so that it is no longer listed today (she was reached,
  // say) is left out, so nobody is shown or opened who is no longer due; the cursor still follows the keys.
  const rows = (shown.length === 0 ? [] : await rowsOf(db, shown)).filter((row) => isListedOn(row, today));
  const last = shown[shown.length - 1];
  return {
    counts,
    items: rows.map((row): NextFollowUp => ({ ...row, state: stateOn(row, today) })),
    next: keys.length > query.limit && last !== undefined ? { windowClosesOn: last.window_closes_on, participantId: last.participant_id } : null,
  };
};
