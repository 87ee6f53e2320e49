import { randomUUID } from 'node:crypto';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import { StreamDeletedError, type MemoryEventStore } from '@binaan/event-store';
import { followLog } from './log-follower';
import { caughtUpMessage, confirmationMessage, type EventMessages } from './read-messages';
import type { ReadSink } from './read-sink';
import { refuseTombstoned } from './stream-state-probe';
import { retainedIn } from './stream-retention';
import { streamNameOf } from './wire-codec';

const { RevisionOptionCase } = ReadReq.Options.StreamOptions;
const TOMBSTONE_TYPE = '$streamDeleted';

/** Exclusive: from a revision the subscription starts at the next; from the end, after the last written. */
const startAfterRevision = (store: MemoryEventStore, streamName: string, stream: ReadReq.Options.StreamOptions): bigint => {
  switch (stream.getRevisionOptionCase()) {
    case RevisionOptionCase.REVISION:
      return BigInt(stream.getRevision());
    case RevisionOptionCase.END:
      return BigInt(store.storage.streamRecords(streamName).length) - 1n;
    default:
      return -1n;
  }
};

/**
 * Subscription to one stream, followed through $all (catch-up honours the stream's retention settings): a tombstoned stream fails unconfirmed; one
 * tombstoned later sends its `$streamDeleted` record, then fails. caught_up comes once $all is caught up.
 */
export const subscribeToStream = async (
  store: MemoryEventStore,
  stream: ReadReq.Options.StreamOptions,
  sink: ReadSink,
  messages: EventMessages,
  now: Date,
): Promise<void> => {
  const streamName = streamNameOf(stream.getStreamIdentifier());
  await refuseTombstoned(store, streamName);
  const after = startAfterRevision(store, streamName, stream);
  let caughtUp = false;
  // Catch-up reads the stream as a stream read does: what its metadata retires is not sent.
  const retained = retainedIn(store, streamName, now);
  await sink.send(confirmationMessage(randomUUID()));
  await followLog(store.storage, 0n, sink, {
    record: async (record) => {
      if (record.streamName !== streamName || record.revision <= after || (!caughtUp && !retained(record))) {
        return;
      }
      await sink.send(messages(record));
      if (record.type === TOMBSTONE_TYPE) {
        throw new StreamDeletedError(streamName);
      }
    },
    atEnd: async () => {
      if (!caughtUp) {
        caughtUp = true;
        await sink.send(caughtUpMessage());
      }
    },
  });
};
