import { randomUUID } from 'node:crypto';
import { anyJsonEvent, type EventSchema } from '../port/schema';
import { InvalidArgumentError } from '../port/errors';
import type { AppendResult, DeleteOptions } from '../port/options';
import type { EventStore } from '../port/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import { BEYOND_LAST, checkStartPoint, checkStreamNameToRead } from '../adapter-kit/read-plan';
import { DELETED_STREAM_REVISION, metastreamOf } from '../adapter-kit/stream-state';
import { METADATA_TYPE, truncateBeforeJson } from '../adapter-kit/system-records';
import { compileFilter } from '../adapter-kit/all-filter';
import { createCatchUpSubscription } from '../adapter-kit/catch-up-subscription';
import { createOpenSubscriptions } from '../adapter-kit/open-subscriptions';
import { decideSoftDelete, decideWrite } from '../adapter-kit/decide-write';
import { validateAppend, validateExpectedRevision, type ValidatedAppend } from '../adapter-kit/validate-append';
import { validateStreamAppends } from '../adapter-kit/validate-stream-appends';
import { createMemoryLog, type MemoryLog, type NewRecord } from './memory-log';
import { readMemoryAll, readMemoryAllByStream, readMemoryPage, readMemoryStream } from './memory-reads';
import type { MemoryStorage } from './memory-storage';

export interface MemoryEventStoreOptions {
  /** Checks appends and upcasts reads; defaults to anyJsonEvent. */
  readonly schema?: EventSchema;
  /** The `created` time of each write; defaults to the system clock. */
  readonly clock?: () => Date;
}

export interface MemoryEventStore extends EventStore {
  readonly storage: MemoryStorage;
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

/** A fresh copy the caller cannot reach, frozen so no reader can change what was written. */
const frozenJson = (json: string): JsonObject => deepFreeze(JSON.parse(json) as JsonObject);

const metadataRecord = (truncateBefore: bigint): NewRecord => ({
  id: randomUUID(),
  type: METADATA_TYPE,
  data: frozenJson(truncateBeforeJson(truncateBefore)),
  metadata: Object.freeze({}),
});

const deleteTarget = (log: MemoryLog, streamName: string, options: DeleteOptions | undefined) => {
  const name = checkStreamNameToRead(streamName);
  const expected = validateExpectedRevision(options?.expectedRevision, 'options.expectedRevision', InvalidArgumentError);
  return { streamName: name, expected, state: log.state(name), lookup: log.lookup(name) };
};

/** The event store in plain arrays and maps: EventStoreDB's semantics, for tests and the wire stand-in. */
export const createMemoryEventStore = (options: MemoryEventStoreOptions = {}): MemoryEventStore => {
  const schema = options.schema ?? anyJsonEvent;
  const clock = options.clock ?? (() => new Date());
  const log = createMemoryLog();
  const subscriptions = createOpenSubscriptions();

  /** The decision for one validated append, against the stream as it stands; throws on a conflict. */
  const planWrite = (append: ValidatedAppend) => {
    const state = log.state(append.streamName);
    const ids = append.events.map((event) => event.id);
    const decision = decideWrite({ streamName: append.streamName, state, expected: append.expectedRevision, ids, lookup: log.lookup(append.streamName) });
    return { append, state, decision };
  };

  /** Writes a planned append (nothing for an idempotent repeat); subscribers are told by the caller. */
  const writePlanned = ({ append, state, decision }: ReturnType<typeof planWrite>, created: Date): AppendResult => {
    if (decision.kind === 'idempotent') return { nextExpectedRevision: decision.revision, position: decision.position };
    const name = append.streamName;
    const records = append.events.map(({ id, type, dataJson, metadataJson }) => ({
      id,
      type,
      data: frozenJson(dataJson),
      metadata: frozenJson(metadataJson),
    }));
    const firstRevision = state.lastRevision + 1n;
    log.write(name, records, created);
    const result = { nextExpectedRevision: state.lastRevision + BigInt(records.length), position: log.headPosition() };
    if (decision.undelete) {
      log.setTruncateBefore(name, firstRevision);
      log.write(metastreamOf(name), [metadataRecord(firstRevision)], created);
    }
    return result;
  };

  return {
    storage: log.storage,
    appendToStream: async (streamName, events, appendOptions) => {
      const planned = planWrite(validateAppend(streamName, events, appendOptions, schema));
      const result = writePlanned(planned, clock());
      if (planned.decision.kind === 'write') log.publish();
      return result;
    },
    appendToStreams: async (parts) => {
      // Every part is decided before any is written, so a refused part leaves every stream as it was.
      const planned = validateStreamAppends(parts, schema).map(planWrite);
      const created = clock();
      const results = planned.map((plan) => writePlanned(plan, created));
      if (planned.some((plan) => plan.decision.kind === 'write')) log.publish();
      return results;
    },
    readStream: (streamName, readOptions) => readMemoryStream(log, schema, streamName, readOptions),
    readAll: (readOptions) => readMemoryAll(log, schema, readOptions),
    readAllByStream: (readOptions) => readMemoryAllByStream(log, schema, readOptions),
    subscribeToAll: (subscribeOptions) => {
      const matches = compileFilter(subscribeOptions?.filter, 'options.filter');
      const from = checkStartPoint(subscribeOptions?.fromPosition, 'options.fromPosition', 'start');
      const after = from === BEYOND_LAST ? log.headPosition() : from;
      const readPage = (position: bigint, limit: number) => readMemoryPage(log, schema, matches, position, limit);
      const source = { readPage, changes: log.changes };
      return subscriptions.open((onClose) => createCatchUpSubscription(source, after, onClose));
    },
    deleteStream: async (streamName, deleteOptions) => {
      const target = deleteTarget(log, streamName, deleteOptions);
      decideSoftDelete(target);
      log.write(metastreamOf(target.streamName), [metadataRecord(DELETED_STREAM_REVISION)], clock());
      log.setTruncateBefore(target.streamName, DELETED_STREAM_REVISION);
      log.publish();
      return { position: log.headPosition() };
    },
    tombstoneStream: async (streamName, deleteOptions) => {
      const target = deleteTarget(log, streamName, deleteOptions);
      decideWrite({ ...target, ids: [] });
      log.writeTombstone(target.streamName, randomUUID(), clock());
      log.publish();
      return { position: log.headPosition() };
    },
    close: () => subscriptions.closeAll(),
  };
};
