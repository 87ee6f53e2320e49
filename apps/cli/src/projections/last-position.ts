import type { EventStore } from '@binaan/event-store';

/** The position of the newest event, or null for an empty store: how far a rebuild has to go. */
export const lastPositionOf = async (events: EventStore): Promise<bigint | null> => {
  for await (const event of events.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1 })) {
    return event.position;
  }
  return null;
};
