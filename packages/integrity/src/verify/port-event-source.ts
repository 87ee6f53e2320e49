import type { EventStore } from '@binaan/event-store';
import type { StoredEvent, StoredEventSource } from './stored-event';

/** Beyond this many streams, every event is read and theirs are kept here. */
const LARGEST_PREFIX_FILTER = 500;

async function* onlyFrom(events: AsyncIterable<StoredEvent>, keep: (streamName: string) => boolean): AsyncGenerator<StoredEvent> {
  for await (const event of events) if (keep(event.streamName)) yield event;
}

/**
 * Events through the store's port, for EventStoreDB: the store must read them as stored (schema
 * `anyJsonEvent`). Only some streams: the server filters by prefix, and exact names are kept here.
 */
export const portEventSource =
  (store: EventStore): StoredEventSource =>
  (onlyStreams) =>
    onlyStreams === undefined
      ? store.readAll({ fromPosition: 'start' })
      : onlyStreams.size === 0
        ? []
        : onlyFrom(
            store.readAll({
              fromPosition: 'start',
              ...(onlyStreams.size > LARGEST_PREFIX_FILTER ? {} : { filter: { streamPrefixes: [...onlyStreams] } }),
            }),
            (name) => onlyStreams.has(name),
          );
