import { upcastEvent } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import { eventSaid } from './event-said';

/** What each event of a stream said, by revision; an event that does not decode says so. */
export const loadEventSayings = async (events: EventStore, streamName: string): Promise<ReadonlyMap<bigint, string>> => {
  const recorded = [];
  for await (const event of events.readStream(streamName)) recorded.push(event);
  const revisions = new Map(recorded.map((event) => [event.id, event.revision]));
  return new Map(
    recorded.map((event) => {
      const decoded = upcastEvent(event.type, event.data);
      return [event.revision, E.isLeft(decoded) ? '(cannot be read: run binaan verify)' : eventSaid(decoded.right, (id) => revisions.get(id))];
    }),
  );
};
