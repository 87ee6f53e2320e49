import type { RecordedEvent } from '@binaan/event-store';
import type { EventProvenance } from './load-stream';

const actorOf = (metadata: RecordedEvent['metadata']): EventProvenance['actor'] => {
  const actor = metadata['actor'];
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
  const { id, role } = actor as { readonly [field: string]: unknown };
  return typeof id === 'string' && typeof role === 'string' ? { id, role } : null;
};

/** The provenance of a stored event: its id, and the actor its metadata names. */
export const provenanceOf = (recorded: RecordedEvent): EventProvenance => ({ eventId: recorded.id, actor: actorOf(recorded.metadata) });
