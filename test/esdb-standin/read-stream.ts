import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import { StreamNotFoundError, type Direction, type MemoryEventStore, type RecordedEvent } from '@binaan/event-store';
import { streamNotFoundMessage, type EventMessages } from './read-messages';
import type { ReadSink } from './read-sink';
import { refuseTombstoned } from './stream-state-probe';
import { retainedIn, retentionOf } from './stream-retention';
import { streamNameOf } from './wire-codec';

const { RevisionOptionCase } = ReadReq.Options.StreamOptions;

interface StreamRead {
  readonly direction: Direction;
  readonly fromRevision: 'start' | 'end' | bigint;
  readonly maxCount: bigint;
}

const fromRevisionOf = (stream: ReadReq.Options.StreamOptions): StreamRead['fromRevision'] => {
  switch (stream.getRevisionOptionCase()) {
    case RevisionOptionCase.REVISION:
      return BigInt(stream.getRevision());
    case RevisionOptionCase.END:
      return 'end';
    default:
      return 'start';
  }
};

/**
 * System streams (`$$<stream>` metadata included) are not the port's to read: they come straight from
 * the memory store's records, indexed by revision.
 */
async function* readSystemStream(store: MemoryEventStore, streamName: string, read: StreamRead): AsyncGenerator<RecordedEvent> {
  await refuseTombstoned(store, streamName);
  const records = store.storage.streamRecords(streamName);
  if (records.length === 0) {
    throw new StreamNotFoundError(streamName);
  }
  const last = BigInt(records.length) - 1n;
  const step = read.direction === 'forwards' ? 1n : -1n;
  const start = read.fromRevision === 'start' ? 0n : read.fromRevision === 'end' ? last : read.fromRevision;
  for (let revision = start, count = 0n; count < read.maxCount; revision += step, count += 1n) {
    const record = revision >= 0n ? records[Number(revision)] : undefined;
    if (record === undefined) {
      return;
    }
    yield record;
  }
}

/**
 * A user stream through the port, with the stream's retention settings (`$$<stream>`) applied on
 * top: the count is taken from what they leave.
 */
async function* readUserStream(store: MemoryEventStore, streamName: string, read: StreamRead, now: Date): AsyncGenerator<RecordedEvent> {
  const retention = retentionOf(store, streamName);
  if (Object.keys(retention).length === 0) {
    yield* store.readStream(streamName, read);
    return;
  }
  const retained = retainedIn(store, streamName, now);
  let count = 0n;
  for await (const event of store.readStream(streamName, { direction: read.direction, fromRevision: read.fromRevision })) {
    if (count >= read.maxCount) {
      return;
    }
    if (retained(event)) {
      count += 1n;
      yield event;
    }
  }
}

/** A count read of one stream: its events, or a `stream_not_found` message; tombstoned ones fail. */
export const readStream = async (
  store: MemoryEventStore,
  options: ReadReq.Options,
  stream: ReadReq.Options.StreamOptions,
  sink: ReadSink,
  messages: EventMessages,
  now: Date,
): Promise<void> => {
  const streamName = streamNameOf(stream.getStreamIdentifier());
  const read: StreamRead = {
    direction: options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards',
    fromRevision: fromRevisionOf(stream),
    maxCount: BigInt(options.getCount()),
  };
  const events = streamName.startsWith('$') ? readSystemStream(store, streamName, read) : readUserStream(store, streamName, read, now);
  try {
    for await (const event of events) {
      if (sink.gone()) {
        return;
      }
      await sink.send(messages(event));
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) {
      throw error;
    }
    await sink.send(streamNotFoundMessage(streamName));
  }
};
