import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { type RecordedEvent } from '@binaan/event-store';
import { EVENTS_FILE } from '@binaan/runtime';

/** Every event of a closed SQLite store, as stored, in position order. */
export const storedEvents = async (dataDir: string): Promise<readonly RecordedEvent[]> => {
  const store = createSqliteEventStore({ path: join(dataDir, EVENTS_FILE) });
  try {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll()) events.push(event);
    return events;
  } finally {
    await store.close();
  }
};
