import type { ParticipantId } from '@binaan/domain';
import type { EventStore, RecordedEvent } from '@binaan/event-store';

/**
 * The other enrolments of the same person: the earlier one her enrolment names as previous, and any
 * later one that names hers. A re-enrolment is a new participant id, so a subject report lists them
 * for the reader to report on too.
 */
export const linkedEnrolments = async (events: EventStore, participantId: ParticipantId, stream: readonly RecordedEvent[]): Promise<readonly string[]> => {
  const linked = new Set<string>();
  for (const event of stream) {
    const previous = event.type === 'InmateEnrolled' ? event.data['previousParticipantId'] : undefined;
    if (typeof previous === 'string') linked.add(previous);
  }
  for await (const event of events.readAll({ fromPosition: 'start', filter: { streamPrefixes: ['participant-'], eventTypes: ['InmateEnrolled'] } })) {
    const later = event.data['participantId'];
    if (event.type === 'InmateEnrolled' && event.data['previousParticipantId'] === participantId && typeof later === 'string') linked.add(later);
  }
  return [...linked];
};
