import { StreamNotFoundError, type EventStore } from '@binaan/event-store';

/** The stream's current revision, read from the store itself: read models may lag, an ETag must not. */
export const streamRevision = async (store: Pick<EventStore, 'readStream'>, streamName: string): Promise<bigint | undefined> => {
  try {
    for await (const event of store.readStream(streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) {
      return event.revision;
    }
    return undefined;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
};
