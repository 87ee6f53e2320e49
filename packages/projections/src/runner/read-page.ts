import type { EventStore, RecordedEvent, StreamOrderCursor } from '@binaan/event-store';

/**
 * The events after `after` (exclusive; null = from the start) up to `until` when given, in pages of
 * `pageSize`, from one readAll: a long read is one query stream, not a query per page. The read starts
 * AT `after` and drops it: on EventStoreDB a position is a log offset, and `after + 1` is no event's
 * position, which the server refuses.
 */
export async function* readPages(
  eventStore: EventStore,
  after: bigint | null,
  pageSize: number,
  until?: bigint,
): AsyncGenerator<readonly RecordedEvent[]> {
  if (until !== undefined && after !== null && after >= until) return;
  let page: RecordedEvent[] = [];
  for await (const event of eventStore.readAll({ fromPosition: after ?? 'start' })) {
    if (after !== null && event.position <= after) continue;
    if (until !== undefined && event.position > until) break;
    page.push(event);
    if (page.length >= pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/**
 * Starts fetching the next item as soon as one is handed out, so reading the next page of events
 * overlaps the database work on this one (it pays off when that work waits on PostgreSQL).
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    let next = iterator.next();
    for (let result = await next; result.done !== true; result = await next) {
      next = iterator.next();
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/** A store that offers the optional read stream after stream. */
export type StoreReadingByStream = EventStore & Required<Pick<EventStore, 'readAllByStream'>>;

export const readsByStream = (eventStore: EventStore): eventStore is StoreReadingByStream => eventStore.readAllByStream !== undefined;

/**
 * The events up to `untilPosition` (inclusive), stream after stream, in pages of `pageSize`, from one
 * readAllByStream that starts after `after` (null = from the start of the order).
 */
export async function* readPagesByStream(
  eventStore: StoreReadingByStream,
  untilPosition: bigint,
  after: StreamOrderCursor | null,
  pageSize: number,
): AsyncGenerator<readonly RecordedEvent[]> {
  let page: RecordedEvent[] = [];
  for await (const event of eventStore.readAllByStream(after === null ? { untilPosition } : { untilPosition, after })) {
    page.push(event);
    if (page.length >= pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
