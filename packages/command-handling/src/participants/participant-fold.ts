import * as E from 'fp-ts/Either';
import {
  encodeParticipantEvent,
  formatDecodeError,
  StaffRole,
  upcastEvent,
  type Actor,
  type ParticipantDecider,
  type ParticipantEvent,
  type ParticipantState,
} from '@binaan/domain';
import { inCanonicalOrder, type JsonObject } from '@binaan/canonical-json';
import type { RecordedEvent } from '@binaan/event-store';
import type { EventProvenance } from '../handling/event-provenance';
import type { Fold } from '../handling/load-stream';
import { StoredEventUnreadableError } from './participant-command-errors';

/** A stored participant event as the domain reads it (upcast to the current schema). */
export const toDomainEvent = (recorded: RecordedEvent): ParticipantEvent => {
  const decoded = upcastEvent(recorded.type, recorded.data);
  if (E.isLeft(decoded)) throw new StoredEventUnreadableError(recorded.streamName, recorded.revision, formatDecodeError(decoded.left));
  return decoded.right;
};

/** Data in canonical key order: it is hashed and then stored, and each would otherwise sort a copy. */
export const toStored = (event: ParticipantEvent) => {
  const encoded = encodeParticipantEvent(event);
  return { type: encoded.type, data: inCanonicalOrder(encoded.data as JsonObject) };
};

/** The actor as the domain's rules see it: someone acting in a role that is no staff role can do nothing a role grants. */
export const asDomainActor = (actor: { readonly id: string; readonly role: string }): Actor => ({
  id: actor.id,
  role: StaffRole.is(actor.role) ? actor.role : 'viewer',
});

/** The decider's evolve as command handling folds a stream with it. */
export const domainFold = (decider: ParticipantDecider): Fold<ParticipantState, ParticipantEvent> => ({
  initialState: decider.initialState,
  evolve: (state, event, { eventId, actor }: EventProvenance) =>
    decider.evolve(state, event, { eventId, recordedBy: actor === null ? null : asDomainActor(actor) }),
});
