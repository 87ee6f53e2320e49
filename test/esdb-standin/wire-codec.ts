import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEvent } from '@binaan/event-store';
import { toWirePosition } from './wire-position';

/** Encoding rules of the EventStoreDB gRPC wire (ESDB-WIRE-NOTES "Encoding"). */

const TICKS_PER_MILLISECOND = 10_000n;

export const streamNameOf = (identifier: StreamIdentifier | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

export const streamIdentifierOf = (streamName: string): StreamIdentifier =>
  new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8'));

/** The client sends ids and correlation ids in the string form. */
export const uuidStringOf = (uuid: UUID | undefined): string => uuid?.getString() ?? '';

export const uuidOf = (id: string): UUID => new UUID().setString(id);

/** .NET ticks (100 ns) since the Unix epoch, as a decimal string. */
export const ticksOf = (date: Date): string => (BigInt(date.getTime()) * TICKS_PER_MILLISECOND).toString();

/** What the memory store keeps as JSON objects goes back on the wire as the bytes a client sent. */
const jsonBytes = (value: object): Uint8Array => Buffer.from(JSON.stringify(value), 'utf8');

/** A tombstone's record carries no data, as EventStoreDB writes it. */
const isTombstoneRecord = (event: RecordedEvent): boolean => event.type === '$streamDeleted';

/** One event as `ReadResp.event`; commit = prepare = the memory store's position spread out as a log offset. */
export const readEventMessage = (event: RecordedEvent): ReadResp => {
  const position = toWirePosition(event.position).toString();
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuidOf(event.id))
    .setStreamIdentifier(streamIdentifierOf(event.streamName))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(position)
    .setPreparePosition(position)
    .setData(isTombstoneRecord(event) ? new Uint8Array() : jsonBytes(event.data))
    .setCustomMetadata(isTombstoneRecord(event) ? new Uint8Array() : jsonBytes(event.metadata));
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', isTombstoneRecord(event) ? 'application/octet-stream' : 'application/json')
    .set('created', ticksOf(event.created));
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(position));
};
