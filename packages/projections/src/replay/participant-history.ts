import * as E from 'fp-ts/Either';
import { actorOf, recordedAtOf } from '../read-models/projection-event';
import { isKnownAsOf, type AsOf } from './as-of';
import {
  createEvolve,
  eventBusinessDate,
  initialParticipantState,
  ParticipantId,
  participantStreamName,
  upcastEvent,
  formatDecodeError,
  type Catalogue,
  type ParticipantState,
  StaffRole,
  type EventRecord,
} from '@binaan/domain';
import { StreamNotFoundError, type EventStore, type RecordedEvent } from '@binaan/event-store';

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

/** The store holds no stream for that participant. */
export class ParticipantNotFoundError extends Error {
  constructor(readonly participantId: string) {
    super(`no participant ${participantId} in this store`);
    this.name = 'ParticipantNotFoundError';
  }
}

/** An event of the stream does not decode at any schema version: the store was written around, or altered. */
export class UnreadableEventError extends Error {
  constructor(
    readonly streamName: string,
    readonly revision: bigint,
    readonly reason: string,
  ) {
    super(`event ${revision} of ${streamName} cannot be read (${reason})`);
    this.name = 'UnreadableEventError';
  }
}

export interface ParticipantHistory {
  readonly participantId: string;
  readonly streamName: string;
  readonly entries: readonly HistoryEntry[];
  /** Events of the stream left out because they fall after --as-of or --known-at. */
  readonly hidden: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * One participant's events in stream order, each with the state after it, folded with the
 * decider's own `evolve`. Events outside the chosen time axes are left out of the fold, as they
 * would have been on that date.
 */
/** How a stored event entered its stream: its id, and the staff member its metadata names. */
const recordOf = (recorded: RecordedEvent): EventRecord => {
  const actor = actorOf(recorded);
  return { eventId: recorded.id, recordedBy: actor.id !== null && StaffRole.is(actor.role) ? { id: actor.id, role: actor.role } : null };
};

export const loadParticipantHistory = async (
  events: EventStore,
  catalogue: Catalogue,
  participantId: ParticipantId,
  asOf: AsOf,
): Promise<ParticipantHistory> => {
  const streamName = participantStreamName(participantId);
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
        throw new UnreadableEventError(streamName, recorded.revision, formatDecodeError(event.left));
      }
      state = evolve(state, event.right, recordOf(recorded));
      entries.push({
        revision: recorded.revision,
        position: recorded.position,
        type: recorded.type,
        businessDate: eventBusinessDate(recorded.type, recorded.data),
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
      throw new ParticipantNotFoundError(participantId);
    }
    throw error;
  }
  return { participantId, streamName, entries, hidden };
};
