import * as E from 'fp-ts/Either';
import {
  actorOf,
  businessDateOf,
  createEvolve,
  initialParticipantState,
  isKnownAsOf,
  ParticipantId,
  participantStreamName,
  recordedAtOf,
  upcastEvent,
  formatDecodeError,
  type AsOf,
  type Catalogue,
  type ParticipantState,
} from '@binaan/domain';
import { StreamNotFoundError, type EventStore } from '@binaan/event-store';
import { UserError } from '../cli/user-error';

export interface HistoryEntry {
  readonly revision: bigint;
  readonly position: bigint;
  readonly type: string;
  readonly businessDate: string | null;
  readonly recordedAt: string | null;
  readonly actor: { readonly id: string | null; readonly role: string | null };
  readonly commandId: string | null;
  readonly correlationId: string | null;
  readonly hash: string | null;
  readonly stateAfter: ParticipantState;
}

export interface ParticipantHistory {
  readonly participantId: string;
  readonly streamName: string;
  readonly entries: readonly HistoryEntry[];
  /** Events of the stream left out because they fall after --as-of or --known-at. */
  readonly hidden: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const checkParticipantId = (candidate: string): string => {
  if (!ParticipantId.is(candidate)) {
    throw new UserError(
      `participant id "${candidate}" is not a lower-case UUID`,
      'Give the participant id as it appears in `binaan export` or the API, e.g. 169dd104-35c4-5210-89ad-28c47d71bda1',
    );
  }
  return candidate;
};

/**
 * One participant's events in stream order, each with the state after it, folded with the
 * decider's own `evolve`. Events outside the chosen time axes are left out of the fold, as they
 * would have been on that date.
 */
export const loadHistory = async (
  events: EventStore,
  catalogue: Catalogue,
  participantId: string,
  asOf: AsOf,
): Promise<ParticipantHistory> => {
  const streamName = participantStreamName(checkParticipantId(participantId) as ParticipantId);
  const evolve = createEvolve(catalogue);
  const known = isKnownAsOf(asOf);
  const entries: HistoryEntry[] = [];
  let state = initialParticipantState();
  let hidden = 0;
  try {
    for await (const recorded of events.readStream(streamName)) {
      if (!known(recorded)) {
        hidden += 1;
        continue;
      }
      const event = upcastEvent(recorded.type, recorded.data);
      if (E.isLeft(event)) {
        throw new UserError(
          `event ${recorded.revision} of ${streamName} cannot be read (${formatDecodeError(event.left)})`,
          'Run `binaan verify` to check whether the store was altered',
        );
      }
      state = evolve(state, event.right);
      entries.push({
        revision: recorded.revision,
        position: recorded.position,
        type: recorded.type,
        businessDate: businessDateOf(recorded),
        recordedAt: recordedAtOf(recorded),
        actor: actorOf(recorded),
        commandId: text(recorded.metadata['commandId']),
        correlationId: text(recorded.metadata['correlationId']),
        hash: text(recorded.metadata['hash']),
        stateAfter: state,
      });
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) {
      throw new UserError(`no participant ${participantId} in this store`, 'Check the id and --store; `binaan export` lists every stream');
    }
    throw error;
  }
  return { participantId, streamName, entries, hidden };
};
