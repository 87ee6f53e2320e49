import type { JsonObject } from '@binaan/canonical-json';
import type { RecordedEvent } from '../port/events';
import { DELETED_STREAM_REVISION, missingStream, type StreamState } from '../adapter-kit/stream-state';
import { createChangeSignal, type ChangeSignal } from '../adapter-kit/change-signal';
import type { StoredEventLookup } from '../adapter-kit/decide-write';
import type { MemoryStorage } from './memory-storage';

export interface NewRecord {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

interface MemoryStream {
  /** Index = revision; the tombstone record is kept in the log only. */
  readonly records: RecordedEvent[];
  readonly revisionById: Map<string, number>;
  state: StreamState;
}

export interface MemoryLog {
  readonly storage: MemoryStorage;
  readonly changes: ChangeSignal;
  state(streamName: string): StreamState;
  lookup(streamName: string): StoredEventLookup;
  /** Appends after the stream's last revision. */
  write(streamName: string, records: readonly NewRecord[], created: Date): void;
  writeTombstone(streamName: string, id: string, created: Date): void;
  setTruncateBefore(streamName: string, truncateBefore: bigint): void;
  /** Tells subscriptions and watchers about records written since the last call. */
  publish(): void;
  /** Index in `records()` of the first record with a position above `position`. */
  indexAfter(position: bigint): number;
  headPosition(): bigint;
}

const emptyStream = (): MemoryStream => ({ records: [], revisionById: new Map(), state: missingStream });

export const createMemoryLog = (): MemoryLog => {
  const records: RecordedEvent[] = [];
  const streams = new Map<string, MemoryStream>();
  const watchers = new Set<(record: RecordedEvent) => void>();
  const changes = createChangeSignal();
  let published = 0;

  const streamNamed = (streamName: string): MemoryStream => {
    const existing = streams.get(streamName);
    if (existing !== undefined) return existing;
    const created = emptyStream();
    streams.set(streamName, created);
    return created;
  };

  const store = (record: Omit<RecordedEvent, 'position'>): RecordedEvent => {
    const position = (records[records.length - 1]?.position ?? 0n) + 1n;
    const stored = Object.freeze({ ...record, position });
    records.push(stored);
    return stored;
  };

  const indexAfter = (position: bigint): number => {
    let low = 0;
    let high = records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((records[middle]?.position ?? position) <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const write = (streamName: string, newRecords: readonly NewRecord[], created: Date): RecordedEvent[] => {
    const stream = streamNamed(streamName);
    return newRecords.map((newRecord) => {
      const revision = stream.state.lastRevision + 1n;
      const record = store({ ...newRecord, streamName, revision, created });
      stream.records.push(record);
      stream.revisionById.set(record.id, stream.records.length - 1);
      stream.state = { ...stream.state, lastRevision: revision };
      return record;
    });
  };

  const publish = (): void => {
    const fresh = records.slice(published);
    published = records.length;
    if (fresh.length === 0) return;
    changes.notify();
    for (const watcher of [...watchers]) queueMicrotask(() => fresh.forEach(watcher));
  };

  const storage: MemoryStorage = {
    records: () => records,
    streamRecords: (streamName) => streams.get(streamName)?.records ?? [],
    tamper: (position, change) => {
      const index = indexAfter(position - 1n);
      const original = records[index];
      if (original?.position !== position) throw new RangeError(`no record at position ${position}`);
      const changed = change(original);
      if (changed.position !== position) throw new RangeError('a tampered record must keep its position');
      records[index] = changed;
      const stream = streams.get(original.streamName);
      if (stream?.records[Number(original.revision)] === original) stream.records[Number(original.revision)] = changed;
    },
    appendUnchecked: (streamName, newRecords, created) => {
      const written = write(streamName, newRecords, created);
      publish();
      return written;
    },
    watch: (listener) => {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
  };

  return {
    storage,
    changes,
    state: (streamName) => streams.get(streamName)?.state ?? missingStream,
    lookup: (streamName) => {
      const stream = streams.get(streamName) ?? emptyStream();
      return {
        byId: (id) => {
          const revision = stream.revisionById.get(id);
          return revision === undefined ? undefined : stream.records[revision];
        },
        at: (revision) => (revision < BigInt(stream.records.length) ? stream.records[Number(revision)] : undefined),
      };
    },
    write: (streamName, newRecords, created) => {
      write(streamName, newRecords, created);
    },
    writeTombstone: (streamName, id, created) => {
      const stream = streamNamed(streamName);
      stream.state = { ...stream.state, tombstoned: true };
      const tombstone = { id, type: '$streamDeleted', data: {}, metadata: {} };
      store({ ...tombstone, streamName, revision: DELETED_STREAM_REVISION, created });
    },
    setTruncateBefore: (streamName, truncateBefore) => {
      const stream = streamNamed(streamName);
      stream.state = { ...stream.state, truncateBefore };
    },
    publish,
    indexAfter,
    headPosition: () => records[records.length - 1]?.position ?? 0n,
  };
};
