import type { EventStore } from './event-store';

/** The position of the newest event the store passes on, or null when it holds none (one backwards read of one event). */
export const lastPositionOf = async (store: Pick<EventStore, 'readAll'>): Promise<bigint | null> => {
  for await (const event of store.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1 })) return event.position;
  return null;
};
