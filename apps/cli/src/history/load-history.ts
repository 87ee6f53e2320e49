import type { Catalogue, ParticipantId } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import { UndecodableEventError } from '@binaan/event-store-esdb';
import {
  loadParticipantHistory,
  ParticipantNotFoundError,
  UnreadableEventError,
  type AsOf,
  type ParticipantHistory,
} from '@binaan/projections';
import { UserError } from '../cli/user-error';

/** The participant's history, with what the user can do about a missing participant or an unreadable event. */
export const loadHistory = async (events: EventStore, catalogue: Catalogue, participantId: ParticipantId, asOf: AsOf): Promise<ParticipantHistory> => {
  try {
    return await loadParticipantHistory(events, catalogue, participantId, asOf);
  } catch (error) {
    if (error instanceof ParticipantNotFoundError) {
      throw new UserError(error.message, 'Check the id and --store; `binaan export` lists every stream');
    }
    if (error instanceof UnreadableEventError || error instanceof UndecodableEventError) {
      throw new UserError(error.message, 'Run `binaan verify` to check whether the store was altered');
    }
    throw error;
  }
};
