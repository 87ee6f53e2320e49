import { StreamDeletedError, StreamNotFoundError } from '@binaan/event-store';
import type { EventSchema } from '@binaan/event-store';
import type { ReadAllByStreamOptions, ReadAllOptions, ReadStreamOptions } from '@binaan/event-store';
import type { RecordedEvent } from '@binaan/event-store';
import { checkStreamNameToRead, planAllRead, planStreamRead } from '@binaan/event-store/adapter-kit';
import { compileFilter, type EventMatcher } from '@binaan/event-store/adapter-kit';
import { hasVisibleEvents, isSystemType } from '@binaan/event-store/adapter-kit';
import { pagedIterable } from '@binaan/event-store/adapter-kit';
import type { CatchUpPage } from '@binaan/event-store/adapter-kit';
import { clampToInt64, toRecordedEvent } from './sqlite-rows';
import type { EventRow, SqliteStatements } from './sqlite-statements';
import { readStreamState } from './sqlite-stream-state';

/** Rows fetched per query: reads stream in pages, so memory stays bounded however long the log is. */
const PAGE_SIZE = 1_000;

export async function* readSqliteStream(
  statements: SqliteStatements,
  schema: EventSchema,
  streamName: string,
  options: ReadStreamOptions | undefined,
): AsyncGenerator<RecordedEvent> {
  const name = checkStreamNameToRead(streamName);
  const plan = planStreamRead(options);
  const state = readStreamState(statements, name);
  if (state.tombstoned) throw new StreamDeletedError(name);
  if (!hasVisibleEvents(state)) throw new StreamNotFoundError(name);
  const forwards = plan.direction === 'forwards';
  let next = forwards
    ? (plan.fromRevision > state.truncateBefore ? plan.fromRevision : state.truncateBefore)
    : (plan.fromRevision < state.lastRevision ? plan.fromRevision : state.lastRevision);
  let remaining = plan.maxCount;
  while (remaining > 0n && next >= state.truncateBefore && next <= state.lastRevision) {
    const limit = remaining < BigInt(PAGE_SIZE) ? Number(remaining) : PAGE_SIZE;
    const rows = forwards
      ? statements.streamForwards.all(name, next, state.lastRevision, limit)
      : statements.streamBackwards.all(name, next, state.truncateBefore, limit);
    for (const eventRow of rows) {
      yield schema.upcast(toRecordedEvent(eventRow));
      next = eventRow[2] + (forwards ? 1n : -1n);
    }
    if (rows.length < limit) return;
    remaining -= BigInt(rows.length);
  }
}

const isUserEvent = (row: EventRow, matches: EventMatcher): boolean =>
  !isSystemType(row[4]) && matches(row[1], row[4]);

export const readSqliteAll = (
  statements: SqliteStatements,
  schema: EventSchema,
  options: ReadAllOptions | undefined,
): AsyncIterable<RecordedEvent> =>
  pagedIterable(() => {
    const plan = planAllRead(options);
    const matches = compileFilter(options?.filter, 'options.filter');
    const forwards = plan.direction === 'forwards';
    let bound = clampToInt64(plan.fromPosition);
    let remaining = plan.maxCount;
    let exhausted = false;
    return () => {
      if (exhausted || remaining === 0n) return undefined;
      const rows = forwards ? statements.allForwards.all(bound, PAGE_SIZE) : statements.allBackwards.all(bound, PAGE_SIZE);
      exhausted = rows.length < PAGE_SIZE;
      const events: RecordedEvent[] = [];
      for (const row of rows) {
        bound = forwards ? row[0] + 1n : row[0];
        if (!isUserEvent(row, matches)) continue;
        events.push(schema.upcast(toRecordedEvent(row)));
        remaining -= 1n;
        if (remaining === 0n) break;
      }
      return events;
    };
  });

/**
 * readAllByStream: a keyset read over the (stream_name, revision) index, a page per query. Streams come
 * in SQLite's BINARY order of their names (UTF-8 bytes); system records are left out as readAll leaves
 * them out.
 */
export const readSqliteAllByStream = (
  statements: SqliteStatements,
  schema: EventSchema,
  options: ReadAllByStreamOptions,
): AsyncIterable<RecordedEvent> =>
  pagedIterable(() => {
    const until = clampToInt64(options.untilPosition);
    let afterStream = options.after?.streamName ?? '';
    let afterRevision = options.after === undefined ? -1n : clampToInt64(options.after.revision);
    let exhausted = false;
    return () => {
      if (exhausted) return undefined;
      const rows = statements.byStreamForwards.all(afterStream, afterRevision, until, PAGE_SIZE);
      exhausted = rows.length < PAGE_SIZE;
      const events: RecordedEvent[] = [];
      for (const row of rows) {
        afterStream = row[1];
        afterRevision = row[2];
        if (!isSystemType(row[4])) events.push(schema.upcast(toRecordedEvent(row)));
      }
      return events;
    };
  });

export const readSqlitePage = (
  statements: SqliteStatements,
  schema: EventSchema,
  matches: EventMatcher,
  after: bigint,
  limit: number,
): CatchUpPage => {
  const rows = statements.allForwards.all(clampToInt64(after + 1n), limit);
  const events = rows.filter((row) => isUserEvent(row, matches)).map((row) => schema.upcast(toRecordedEvent(row)));
  return { events, lastScanned: rows.at(-1)?.[0], reachedEnd: rows.length < limit };
};
