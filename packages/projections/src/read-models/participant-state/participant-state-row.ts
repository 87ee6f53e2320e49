import type { EnrolledParticipant, ParticipantState } from '@binaan/domain';
import type { ParticipantStateRow } from '../read-model-rows';

/** The states behind the rows this process made: read back without parsing while a batch folds. */
const liveStates = new WeakMap<object, ParticipantState>();

/**
 * The state as a row. Its JSON is written out only when the row is stored (a batch stores each row
 * once, however many of her events it folded), so the text is made on first read of `state`.
 */
export const participantStateRow = (state: EnrolledParticipant): ParticipantStateRow => {
  let text: string | undefined;
  const row = {
    participant_id: state.participantId,
    get state(): string {
      return (text ??= JSON.stringify(state));
    },
  };
  liveStates.set(row, state);
  return row;
};

/** The state a row holds: the live one when this process made the row, else parsed from the stored JSON. */
export const stateOfRow = (row: ParticipantStateRow | undefined): ParticipantState =>
  row === undefined ? { status: 'not_enrolled' } : (liveStates.get(row) ?? (JSON.parse(row.state) as ParticipantState));
