import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { MemoryEventStore, RecordedEvent } from '@binaan/event-store';
import { indexAfter } from './log-follower';
import type { ReadSink } from './read-sink';
import type { EventMessages } from './read-messages';
import { wireFilterOf } from './wire-filter';
import { storePositionAtOrAfter } from './wire-position';

const { AllOptionCase } = ReadReq.Options.AllOptions;

/** Forwards from a position is inclusive, backwards exclusive (AllReader.cs); system records included. */
const startIndex = (records: readonly RecordedEvent[], all: ReadReq.Options.AllOptions, forwards: boolean): number => {
  switch (all.getAllOptionCase()) {
    case AllOptionCase.POSITION: {
      const firstAtOrAfter = indexAfter(records, storePositionAtOrAfter(BigInt(all.getPosition()?.getCommitPosition() ?? '0')) - 1n);
      return forwards ? firstAtOrAfter : firstAtOrAfter - 1;
    }
    case AllOptionCase.END:
      return forwards ? records.length : records.length - 1;
    default:
      return forwards ? 0 : -1;
  }
};

/** A count read of $all, straight from the memory store's records; a filter counts matching events only. */
export const readAll = async (
  store: MemoryEventStore,
  options: ReadReq.Options,
  all: ReadReq.Options.AllOptions,
  sink: ReadSink,
  messages: EventMessages,
): Promise<void> => {
  const records = store.storage.records();
  const forwards = options.getReadDirection() === ReadReq.Options.ReadDirection.FORWARDS;
  const filter = wireFilterOf(options);
  const maxCount = BigInt(options.getCount());
  // The list is live: a forwards read stops at the end it had when it began.
  const end = records.length;
  const recordAt = (index: number): RecordedEvent | undefined => (index < end ? records[index] : undefined);
  let count = 0n;
  let index = startIndex(records, all, forwards);
  for (let record = recordAt(index); record !== undefined && count < maxCount && !sink.gone(); record = recordAt(index)) {
    index += forwards ? 1 : -1;
    if (filter === undefined || filter.matches(record)) {
      count += 1n;
      await sink.send(messages(record));
    }
  }
};
