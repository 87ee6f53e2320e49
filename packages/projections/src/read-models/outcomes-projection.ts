import * as E from 'fp-ts/Either';
import {
  defaultFollowUpWindows,
  isParticipantEventType,
  type FollowUpWindow,
  type ParticipantEvent,
  type RequiredModules,
} from '@binaan/domain';
import { worklistKey, worklistRows, worklistRowsFor } from './follow-up-worklist/follow-up-worklist';
import { evolveParticipantStatus } from './participant-status/participant-status';
import { programmeOutcome, type OutcomeGroup } from './programme-outcomes/programme-outcomes';
import { participantEventOf, type ProjectionEvent } from './projection-event';
import type { FollowUpWorklistRow, ParticipantStatusRow } from './read-model-rows';
import type { RowProjection, RowRef, RowWrite } from './row-projection';

export interface OutcomesProjectionOptions {
  readonly requiredModules: RequiredModules;
  readonly followUpWindows?: readonly FollowUpWindow[];
}

/** Only a release (all milestones) or a contact (its milestone) changes worklist rows; computed for those alone. */
const worklistWrites = (event: ParticipantEvent, after: ParticipantStatusRow, windows: readonly FollowUpWindow[]): readonly RowWrite[] => {
  const rows =
    event.type === 'InmateReleased'
      ? worklistRows(after, windows)
      : event.type === 'FollowUpLogged'
        ? worklistRowsFor(after, event.data.milestone, windows)
        : [];
  return rows.map((row: FollowUpWorklistRow) => ({ table: 'follow_up_worklist', key: worklistKey(row.participant_id, row.milestone), row }));
};

/**
 * The `outcomes` projection: participant_status from the participant events, and from each status
 * row its follow_up_worklist rows and its programme × facility × cohort group in programme_outcomes.
 */
export const outcomesProjection = (options: OutcomesProjectionOptions): RowProjection => {
  const windows = options.followUpWindows ?? defaultFollowUpWindows;
  const evolve = evolveParticipantStatus(options.requiredModules);
  return {
    name: 'outcomes',
    tables: ['participant_status', 'follow_up_worklist', 'programme_outcomes'],
    reads: (event: ProjectionEvent): readonly RowRef[] =>
      isParticipantEventType(event.type) && typeof event.data['participantId'] === 'string'
        ? [{ table: 'participant_status', key: event.data['participantId'] }]
        : [],
    apply: (event, lookup) => {
      const read = participantEventOf(event);
      if (E.isLeft(read) || read.right === null) {
        return E.isLeft(read) ? read : E.right([]);
      }
      const participant = read.right;
      const before = lookup({ table: 'participant_status', key: participant.data.participantId }) as ParticipantStatusRow | undefined;
      const after = evolve(before, participant);
      return E.isLeft(after)
        ? after
        : E.right([
            { table: 'participant_status', key: after.right.participant_id, row: after.right },
            ...worklistWrites(participant, after.right, windows),
          ]);
    },
    aggregates: [
      {
        table: 'programme_outcomes',
        source: 'participant_status',
        groupColumns: ['programme_id', 'facility_id', 'cohort'],
        compute: (group, rows, referenceDate) =>
          programmeOutcome(group as unknown as OutcomeGroup, rows as readonly ParticipantStatusRow[], referenceDate, windows),
      },
    ],
  };
};
