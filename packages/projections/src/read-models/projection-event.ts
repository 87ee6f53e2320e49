import * as E from 'fp-ts/Either';
import { formatDecodeError, isParticipantEventType, participantStreamName, readParticipantEvent, type ParticipantEvent } from '@binaan/domain';
/**
 * An event as projections see it: the shape of a stored event (`RecordedEvent` in @binaan/event-store)
 * without depending on that package, so the pure projections stay in the domain.
 */
export interface ProjectionEvent {
  readonly type: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly data: { readonly [field: string]: unknown };
  readonly metadata: { readonly [field: string]: unknown };
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `metadata.recordedAt`: the recorded time axis (ISO-8601 UTC), if the event carries it. */
export const recordedAtOf = (event: ProjectionEvent): string | null => textOrNull(event.metadata['recordedAt']);

export const metadataText = (event: ProjectionEvent, field: string): string | null => textOrNull(event.metadata[field]);

export const actorOf = (event: ProjectionEvent): { readonly id: string | null; readonly role: string | null } => {
  const actor = event.metadata['actor'];
  if (typeof actor !== 'object' || actor === null) {
    return { id: null, role: null };
  }
  const fields = actor as { readonly [field: string]: unknown };
  return { id: textOrNull(fields['id']), role: textOrNull(fields['role']) };
};

/**
 * An event is refused when it is not in the stream its data names: every row the projections keep for a
 * participant (or a unit's count) is changed by the events of her stream (its unit's stream) alone, which
 * is what lets a rebuild fold the log stream after stream (`rowsFollowOneStream`). Command handling always
 * writes them there; an event written around it into another stream would fold differently in each order.
 */
export const outsideItsStream = (event: ProjectionEvent, expected: string): E.Either<string, never> =>
  E.left(`${event.type} at position ${event.position} is in stream ${event.streamName}, not ${expected}, the stream its data names`);

/**
 * A participant event read through the domain's codecs (older schema versions upcast); null for any
 * other event. The store checked the data on write, so a Left means a store that did not, and names why;
 * so does a participant event outside her own stream (outsideItsStream).
 */
export const participantEventOf = (event: ProjectionEvent): E.Either<string, ParticipantEvent | null> => {
  if (!isParticipantEventType(event.type)) return E.right(null);
  const read = readParticipantEvent(event.type, event.data);
  if (E.isLeft(read)) return E.left(`${event.type} at position ${event.position}: ${formatDecodeError(read.left)}`);
  const ownStream = participantStreamName(read.right.data.participantId);
  return event.streamName === ownStream ? read : outsideItsStream(event, ownStream);
};
