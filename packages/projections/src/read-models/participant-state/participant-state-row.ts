import type { ParticipantState } from '@binaan/domain';
import type { ParticipantStateRow } from '../read-model-rows';

/** The state as stored: plain JSON, since the state is plain data. */
export const participantStateRow = (state: ParticipantState & { readonly status: 'enrolled' }): ParticipantStateRow => ({
  participant_id: state.participantId,
  state: JSON.stringify(state),
});

/** The state a row holds; the projection wrote it, so it is read as written. */
export const stateOfRow = (row: ParticipantStateRow | undefined): ParticipantState =>
  row === undefined ? { status: 'not_enrolled' } : (JSON.parse(row.state) as ParticipantState);
