import { StreamNotFoundError, type EventStore, type RecordedEvent } from '@binaan/event-store';

async function* streamOrNothing(store: EventStore, streamName: string): AsyncGenerator<RecordedEvent> {
  try {
    yield* store.readStream(streamName);
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
}

/**
 * The store as if it held one stream: replaying one participant as of a date reads that stream only,
 * not the whole history. A stream's events are in position order, as `readAll` gives them.
 */
export const oneStreamView = (store: EventStore, streamName: string): EventStore => {
  // Without the read stream after stream, which would reach every stream of the store.
  const { readAllByStream, ...rest } = store;
  return { ...(readAllByStream === undefined ? store : rest), readAll: () => streamOrNothing(store, streamName) };
};
