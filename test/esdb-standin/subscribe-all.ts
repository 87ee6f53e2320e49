import { randomUUID } from 'node:crypto';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { MemoryEventStore } from '@binaan/event-store';
import { followLog } from './log-follower';
import { caughtUpMessage, checkpointMessage, confirmationMessage, type EventMessages } from './read-messages';
import type { ReadSink } from './read-sink';
import type { ImitatedServerVersion } from './server-version';
import { wireFilterOf } from './wire-filter';
import { storePositionAtOrBefore } from './wire-position';

const { AllOptionCase } = ReadReq.Options.AllOptions;

/** Exclusive: a subscription from a position starts after that event; from the end, after the last record. */
const startAfter = (store: MemoryEventStore, all: ReadReq.Options.AllOptions): bigint => {
  const records = store.storage.records();
  switch (all.getAllOptionCase()) {
    case AllOptionCase.POSITION:
      return storePositionAtOrBefore(BigInt(all.getPosition()?.getCommitPosition() ?? '0'));
    case AllOptionCase.END:
      return records[records.length - 1]?.position ?? 0n;
    default:
      return 0n;
  }
};

/**
 * Subscription to $all: confirmation, catch-up events, caught_up (once), live events. Filtered, it
 * also sends a checkpoint every `max × multiplier` records scanned and (24.x, not 23.10) one just before
 * caught_up, at the last position scanned.
 */
export const subscribeToAll = async (
  store: MemoryEventStore,
  options: ReadReq.Options,
  all: ReadReq.Options.AllOptions,
  sink: ReadSink,
  messages: EventMessages,
  version: ImitatedServerVersion,
): Promise<void> => {
  const checkpointBeforeCaughtUp = version !== '23.10';
  const from = startAfter(store, all);
  const filter = wireFilterOf(options);
  let scanned = 0;
  let lastScanned = from;
  let lastCheckpoint: bigint | undefined;
  let caughtUp = false;

  const checkpoint = async (position: bigint): Promise<void> => {
    if (position !== lastCheckpoint && position > 0n) {
      lastCheckpoint = position;
      await sink.send(checkpointMessage(position));
    }
  };

  await sink.send(confirmationMessage(randomUUID()));
  await followLog(store.storage, from, sink, {
    record: async (record) => {
      scanned += 1;
      lastScanned = record.position;
      if (filter === undefined || filter.matches(record)) {
        await sink.send(messages(record));
      }
      if (filter !== undefined && scanned % filter.checkpointInterval === 0) {
        await checkpoint(record.position);
      }
    },
    atEnd: async () => {
      if (caughtUp) {
        return;
      }
      caughtUp = true;
      if (filter !== undefined && checkpointBeforeCaughtUp) {
        await checkpoint(lastScanned);
      }
      await sink.send(caughtUpMessage());
    },
  });
};
