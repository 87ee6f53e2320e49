import { type FollowUpState, type NextFollowUp, nextFollowUp } from '../read-models/follow-up-worklist/follow-up-worklist';
import { type FollowUpWorklistRow } from '../read-models/read-model-rows';
import { tableDefinitions } from '../schema/table-definitions';
import { normaliseRow } from '../runner/row-io';
import type { ReadModelStore } from '../store/read-model-store';
import { sortRows } from './sort-rows';

export interface FollowUpWorklistQuery {
  /** The reference date for due and overdue (`YYYY-MM-DD`, Asia/Jakarta). */
  readonly today: string;
  readonly facilityId?: string;
  readonly programmeId?: string;
  /** Keep only these states; default all. */
  readonly states?: readonly FollowUpState[];
}

/**
 * The worklist on a given day: for each released participant, the next milestone to contact and
 * whether it is upcoming, due (inside its window) or overdue. Due and overdue are computed here,
 * at query time, from the window dates the table stores.
 */
export const queryFollowUpWorklist = async (readModels: ReadModelStore, query: FollowUpWorklistQuery): Promise<readonly NextFollowUp[]> => {
  let select = readModels.db.selectFrom('follow_up_worklist').selectAll();
  if (query.facilityId !== undefined) select = select.where('facility_id', '=', query.facilityId);
  if (query.programmeId !== undefined) select = select.where('programme_id', '=', query.programmeId);
  const rows = (await select.execute()).map((raw) => normaliseRow(tableDefinitions.follow_up_worklist, raw) as FollowUpWorklistRow);
  const byParticipant = new Map<string, FollowUpWorklistRow[]>();
  for (const row of rows) {
    byParticipant.set(row.participant_id, [...(byParticipant.get(row.participant_id) ?? []), row]);
  }
  const next = [...byParticipant.values()].flatMap((participantRows) => {
    const found = nextFollowUp(participantRows, query.today);
    return found === undefined || (query.states !== undefined && !query.states.includes(found.state)) ? [] : [found];
  });
  return sortRows('follow_up_worklist', next);
};
