import type { RecordedEvent } from '@binaan/event-store';

/** How an event entered its stream: its id and the actor in its metadata (null when it names none). */
export interface EventProvenance {
  readonly eventId: string;
  readonly actor: { readonly id: string; readonly role: string } | null;
}

const actorOf = (metadata: RecordedEvent['metadata']): EventProvenance['actor'] => {
  const actor = metadata['actor'];
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
  const { id, role } = actor as { readonly [field: string]: unknown };
  return typeof id === 'string' && typeof role === 'string' ? { id, role } : null;
};

/** The provenance of a stored event: its id, and the actor its metadata names. */
export const provenanceOf = (recorded: RecordedEvent): EventProvenance => ({ eventId: recorded.id, actor: actorOf(recorded.metadata) });
