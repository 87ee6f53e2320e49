import { StreamDeletedError, StreamNotFoundError } from '../port/errors';
import type { EventSchema } from '../port/schema';
import type { ReadAllByStreamOptions, ReadAllOptions, ReadStreamOptions, StreamOrderCursor } from '../port/options';
import type { RecordedEvent } from '../port/events';
import { checkStreamNameToRead, planAllRead, planStreamRead } from '../adapter-kit/read-plan';
import { compileFilter, type EventMatcher } from '../adapter-kit/all-filter';
import { hasVisibleEvents, isSystemType } from '../adapter-kit/stream-state';
import type { CatchUpPage } from '../adapter-kit/catch-up-subscription';
import type { MemoryLog } from './memory-log';

export async function* readMemoryStream(
  log: MemoryLog,
  schema: EventSchema,
  streamName: string,
  options: ReadStreamOptions | undefined,
): AsyncGenerator<RecordedEvent> {
  const name = checkStreamNameToRead(streamName);
  const plan = planStreamRead(options);
  const state = log.state(name);
  if (state.tombstoned) throw new StreamDeletedError(name);
  if (!hasVisibleEvents(state)) throw new StreamNotFoundError(name);
  const records = log.storage.streamRecords(name);
  const first = state.truncateBefore;
  const last = state.lastRevision;
  const forwards = plan.direction === 'forwards';
  const window = forwards
    ? records.slice(Number(plan.fromRevision > first ? plan.fromRevision : first), Number(last) + 1)
    : records.slice(Number(first), Number(plan.fromRevision < last ? plan.fromRevision : last) + 1).reverse();
  for (const record of window.slice(0, Number(plan.maxCount))) yield schema.upcast(record);
}

export async function* readMemoryAll(
  log: MemoryLog,
  schema: EventSchema,
  options: ReadAllOptions | undefined,
): AsyncGenerator<RecordedEvent> {
  const plan = planAllRead(options);
  const matches = compileFilter(options?.filter, 'options.filter');
  const records = log.storage.records();
  const boundary = log.indexAfter(plan.fromPosition - 1n);
  const window = plan.direction === 'forwards' ? records.slice(boundary) : records.slice(0, boundary).reverse();
  let remaining = plan.maxCount;
  for (const record of window) {
    if (remaining === 0n) return;
    if (isSystemType(record.type) || !matches(record.streamName, record.type)) continue;
    remaining -= 1n;
    yield schema.upcast(record);
  }
}

/** The stream order of the memory adapter: stream names as JavaScript compares them, then revisions. */
const compareStreamOrder = (left: StreamOrderCursor, right: StreamOrderCursor): number => {
  if (left.streamName !== right.streamName) return left.streamName < right.streamName ? -1 : 1;
  return left.revision === right.revision ? 0 : left.revision < right.revision ? -1 : 1;
};

export async function* readMemoryAllByStream(log: MemoryLog, schema: EventSchema, options: ReadAllByStreamOptions): AsyncGenerator<RecordedEvent> {
  const { after, untilPosition } = options;
  const kept = log.storage
    .records()
    .filter((record) => record.position <= untilPosition && !isSystemType(record.type))
    .filter((record) => after === undefined || compareStreamOrder(record, after) > 0);
  for (const record of [...kept].sort(compareStreamOrder)) yield schema.upcast(record);
}

export const readMemoryPage = (
  log: MemoryLog,
  schema: EventSchema,
  matches: EventMatcher,
  after: bigint,
  limit: number,
): CatchUpPage => {
  const records = log.storage.records();
  const start = log.indexAfter(after);
  const page = records.slice(start, start + limit);
  const events = page
    .filter((record) => !isSystemType(record.type) && matches(record.streamName, record.type))
    .map((record) => schema.upcast(record));
  return { events, lastScanned: page.at(-1)?.position, reachedEnd: start + page.length === records.length };
};
