import { sql } from 'kysely';
import type { ParticipantScope } from '@binaan/domain';
import { isListedOn, type NextFollowUp, stateOn, worklistKey } from '../read-models/follow-up-worklist/follow-up-worklist';
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
const rowsOf = async (readModels: ReadModelStore, keys: readonly { readonly participant_id: string; readonly milestone: string }[]): Promise<readonly FollowUpWorklistRow[]> => {
  const found = await readModels.db
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

/**
 * The worklist on a given day, a page at a time: each released participant whose next follow-up is
 * due (its window is open) or overdue (it closed without a reached contact). The projection dated each
 * row's days on the list (`listed_from`, `listed_until`, see withListingDates), so this selects rows
 * by date; the state is still worked out here, against `today`. The same answer as nextFollowUp over
 * every row of every participant (queryFollowUpWorklist), which a spec holds it to on both stores.
 *
 * Pages are ordered by window close then participant id: both are ASCII of fixed width (dates and
 * lowercase UUIDs), so SQLite and PostgreSQL order them alike whatever the collation.
 */
export const queryFollowUpsDue = async (readModels: ReadModelStore, query: FollowUpsDueQuery): Promise<FollowUpsDuePage> => {
  const { today, scope } = query;
  const reachesNone = (ids: ParticipantScope['facilities']): boolean => ids !== 'all' && ids.length === 0;
  if (scope !== undefined && (reachesNone(scope.facilities) || reachesNone(scope.programmes))) return { counts: [], items: [], next: null };
  let listed = readModels.db.selectFrom('follow_up_worklist').where('listed_until', '>', today).where('listed_from', '<=', today);
  if (query.facilityId !== undefined) listed = listed.where('facility_id', '=', query.facilityId);
  if (query.programmeId !== undefined) listed = listed.where('programme_id', '=', query.programmeId);
  if (query.participantId !== undefined) listed = listed.where('participant_id', '=', query.participantId);
  if (scope !== undefined && scope.facilities !== 'all') listed = listed.where('current_facility_id', 'in', [...scope.facilities]);
  if (scope !== undefined && scope.programmes !== 'all') listed = listed.where('programme_id', 'in', [...scope.programmes]);

  // stateOn's rule for a listed row (its window has opened), counted by the database.
  const state = sql<'due' | 'overdue'>`case when window_closes_on >= ${today} then 'due' else 'overdue' end`;
  const counted = await listed
    .select((eb) => ['milestone', state.as('state'), eb.fn.countAll().as('count')])
    // By position: PostgreSQL would not match the state's expression again, its date being a new parameter.
    .groupBy([sql.raw('1'), sql.raw('2')])
    .execute();
  const counts = counted
    .map((row) => ({ milestone: String(row.milestone), state: row.state, count: Number(row.count) }))
    .sort((a, b) => (a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  if (query.limit === 0) return { counts, items: [], next: null };

  const after = query.after;
  const page = after === undefined
    ? listed
    : listed.where((eb) =>
        eb.or([
          eb('window_closes_on', '>', after.windowClosesOn),
          eb.and([eb('window_closes_on', '=', after.windowClosesOn), eb('participant_id', '>', after.participantId)]),
        ]),
      );
  // The page's keys first, from the index (it holds the dates and the order; a programme filter reads the rows), then their rows.
  const keys = await page
    .select(['participant_id', 'milestone', 'window_closes_on'])
    .orderBy('window_closes_on')
    .orderBy('participant_id')
    .limit(query.limit + 1)
    .execute();
  const shown = keys.slice(0, query.limit);
  // A row the projection changed between the two reads so that it is no longer listed today (she was reached,
  // say) is left out, so nobody is shown or opened who is no longer due; the cursor still follows the keys.
  const rows = (shown.length === 0 ? [] : await rowsOf(readModels, shown)).filter((row) => isListedOn(row, today));
  const last = shown[shown.length - 1];
  return {
    counts,
    items: rows.map((row): NextFollowUp => ({ ...row, state: stateOn(row, today) })),
    next: keys.length > query.limit && last !== undefined ? { windowClosesOn: String(last.window_closes_on), participantId: String(last.participant_id) } : null,
  };
};
