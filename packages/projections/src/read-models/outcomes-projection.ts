import * as E from 'fp-ts/Either';
import {
  createEvolve,
  defaultFollowUpWindows,
  isParticipantEventType,
  StaffRole,
  type Catalogue,
  type EventRecord,
  type FollowUpWindow,
  type ParticipantState,
} from '@binaan/domain';
import { LISTED_UNTIL_REACHED, worklistKey, worklistRows } from './follow-up-worklist/follow-up-worklist';
import { participantStateRow, stateOfRow } from './participant-state/participant-state-row';
import { participantStatusRow } from './participant-status/participant-status';
import { facilityStageRows, facilityStagesInParts } from './facility-stages/facility-stages';
import { programmeOutcome, programmeOutcomeInParts, type OutcomeGroup } from './programme-outcomes/programme-outcomes';
import { actorOf, metadataText, participantEventOf, type ProjectionEvent } from './projection-event';
import type { FollowUpWorklistRow, ParticipantStateRow, ParticipantStatusRow } from './read-model-rows';
import type { GroupCount, RowProjection, RowRef, RowWrite } from './row-projection';

export interface OutcomesProjectionOptions {
  /** The programme catalogue the decider's state is folded with (graduation follows the enrolled curriculum). */
  readonly catalogue: Catalogue;
  readonly followUpWindows?: readonly FollowUpWindow[];
}

/** How the event entered its stream, as the decider's state records it: what a later void names. */
export const recordOf = (event: ProjectionEvent): EventRecord => {
  const actor = actorOf(event);
  return {
    eventId: metadataText(event, 'eventId') ?? `position-${event.position}`,
    recordedBy: actor.id !== null && StaffRole.is(actor.role) ? { id: actor.id, role: actor.role } : null,
  };
};

const statusOf = (state: ParticipantState): ParticipantStatusRow | null => (state.status === 'enrolled' ? participantStatusRow(state) : null);

/**
 * Every worklist row the status gives, and a delete for each row it gave before and gives no more;
 * each names the row it replaces (read off the status before), so the open listings are counted.
 */
const worklistWrites = (
  before: ParticipantStatusRow | null,
  after: ParticipantStatusRow | null,
  windows: readonly FollowUpWindow[],
): readonly RowWrite[] => {
  const rows = after === null ? [] : worklistRows(after, windows);
  const previous = new Map((before === null ? [] : worklistRows(before, windows)).map((row) => [row.milestone, row]));
  const kept = new Set(rows.map((row: FollowUpWorklistRow) => row.milestone));
  const write = (row: FollowUpWorklistRow, written: FollowUpWorklistRow | null): RowWrite => {
    const was = previous.get(row.milestone);
    return { table: 'follow_up_worklist', key: worklistKey(row.participant_id, row.milestone), row: written, ...(was === undefined ? {} : { previous: was }) };
  };
  return [...rows.map((row) => write(row, row)), ...[...previous.values()].filter((row) => !kept.has(row.milestone)).map((row) => write(row, null))];
};

/** follow_up_open_listings: the worklist rows listed until she is reached, counted as they change. */
export const openListingsCount: GroupCount = {
  table: 'follow_up_open_listings',
  source: 'follow_up_worklist',
  groupColumns: ['programme_id', 'facility_id', 'current_facility_id', 'milestone'],
  countColumn: 'participants',
  counts: (row) => row['listed_until'] === LISTED_UNTIL_REACHED,
};

/**
 * The `outcomes` projection. Each participant's events are folded with the decider's own `evolve`
 * into participant_state (so a void, a correction or a cancellation undoes exactly what the decider
 * undoes); participant_status and follow_up_worklist are read off that state once per batch,
 * follow_up_open_listings counts the worklist rows listed until reached as they change, and
 * programme_outcomes is recomputed per programme × facility × cohort from the status rows.
 */
/**
 * Follow-up windows the worklist can be dated by: one per milestone, each a whole number of months after
 * release and a whole number of days either side, neither below zero (a listing then begins by its due date).
 */
export const checkFollowUpWindows = (windows: readonly FollowUpWindow[]): readonly FollowUpWindow[] => {
  const seen = new Set<string>();
  windows.forEach((window, index) => {
    const where = `followUpWindows[${index}] (${window.milestone})`;
    if (seen.has(window.milestone)) throw new RangeError(`${where}: milestone is given twice; each milestone has one window`);
    seen.add(window.milestone);
    if (!Number.isInteger(window.monthsAfterRelease) || window.monthsAfterRelease < 0) {
      throw new RangeError(`${where}.monthsAfterRelease: must be a whole number of months, 0 or more; got ${window.monthsAfterRelease}`);
    }
    if (!Number.isInteger(window.halfWidthDays) || window.halfWidthDays < 0) {
      throw new RangeError(`${where}.halfWidthDays: must be a whole number of days, 0 or more; got ${window.halfWidthDays}`);
    }
  });
  return windows;
};

/**
 * The worklist's rules as a version records them, with its windows: a change of either rebuilds the projection.
 * Raise it whenever worklistRows or withListingDates come to give other rows for the same status.
 */
const WORKLIST_RULES = 1;

export const outcomesProjection = (options: OutcomesProjectionOptions): RowProjection => {
  const windows = checkFollowUpWindows(options.followUpWindows ?? defaultFollowUpWindows);
  const evolve = createEvolve(options.catalogue);
  return {
    name: 'outcomes',
    rules: `worklist ${WORKLIST_RULES}; windows ${windows.map((window) => `${window.milestone}:${window.monthsAfterRelease}m±${window.halfWidthDays}d`).join(',')}`,
    tables: ['participant_state', 'participant_status', 'follow_up_worklist', 'follow_up_open_listings', 'programme_outcomes', 'facility_stages'],
    reads: (event: ProjectionEvent): readonly RowRef[] =>
      isParticipantEventType(event.type) && typeof event.data['participantId'] === 'string'
        ? [
            { table: 'participant_state', key: event.data['participantId'] },
            { table: 'participant_status', key: event.data['participantId'] },
          ]
        : [],
    apply: (event, lookup) => {
      const read = participantEventOf(event);
      if (E.isLeft(read) || read.right === null) {
        return E.isLeft(read) ? read : E.right([]);
      }
      const participant = read.right;
      const key = participant.data.participantId;
      const before = stateOfRow(lookup({ table: 'participant_state', key }) as ParticipantStateRow | undefined);
      if (before.status !== 'enrolled' && participant.type !== 'InmateEnrolled') {
        return E.left(`${participant.type} for participant ${key}, who has no enrolment`);
      }
      const after = evolve(before, participant, recordOf(event));
      return after.status !== 'enrolled' ? E.right([]) : E.right([{ table: 'participant_state', key, row: participantStateRow(after) }]);
    },
    derived: {
      from: 'participant_state',
      derive: (key, row, before) => {
        const state = row === null ? null : stateOfRow(row as ParticipantStateRow);
        const status = state === null ? null : statusOf(state);
        const previous = (before({ table: 'participant_status', key }) as ParticipantStatusRow | undefined) ?? null;
        return [{ table: 'participant_status', key, row: status }, ...worklistWrites(previous, status, windows)];
      },
    },
    aggregates: [
      {
        table: 'programme_outcomes',
        source: 'participant_status',
        groupColumns: ['programme_id', 'facility_id', 'cohort'],
        compute: (group, rows, referenceDate) =>
          programmeOutcome(group as unknown as OutcomeGroup, rows as readonly ParticipantStatusRow[], referenceDate, windows),
        inParts: programmeOutcomeInParts(windows),
      },
      {
        table: 'facility_stages',
        source: 'participant_status',
        groupColumns: ['programme_id', 'cohort'],
        compute: (group, rows) => facilityStageRows(String(group['programme_id']), String(group['cohort']), rows as readonly ParticipantStatusRow[]),
        inParts: facilityStagesInParts,
      },
    ],
    counts: [openListingsCount],
    // A participant's rows change only for her events, all in her stream; the aggregates are computed
    // from those rows, whatever order they were written in.
    rowsFollowOneStream: true,
  };
};
