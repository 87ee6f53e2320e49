import type { MemoryStorage, RecordedEvent } from '@binaan/event-store';
import type { ReadSink } from './read-sink';

/** Index of the first record whose position is above `position` (records are in position order). */
export const indexAfter = (records: readonly RecordedEvent[], position: bigint): number => {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((records[middle]?.position ?? position) <= position) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
};

export interface LogVisitor {
  record(record: RecordedEvent): Promise<void>;
  /** Each time every stored record has been visited, before waiting for more. */
  atEnd(): Promise<void>;
}

/**
 * Visits every record of the memory store after `afterPosition`, catching up and then live, until the
 * call goes away. The store's record list is live; `watch` only wakes the follower.
 */
export const followLog = async (storage: MemoryStorage, afterPosition: bigint, sink: ReadSink, visitor: LogVisitor) => {
  let index = indexAfter(storage.records(), afterPosition);
  let wake: () => void = () => undefined;
  const unwatch = storage.watch(() => wake());
  const stopListening = sink.onGone(() => wake());
  try {
    while (!sink.gone()) {
      for (let record = storage.records()[index]; record !== undefined && !sink.gone(); record = storage.records()[index]) {
        index += 1;
        await visitor.record(record);
      }
      if (sink.gone()) {
        return;
      }
      await visitor.atEnd();
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (storage.records().length > index || sink.gone()) {
          resolve();
        }
      });
    }
  } finally {
    unwatch();
    stopListening();
  }
};
