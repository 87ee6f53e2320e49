import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEvent } from '@binaan/event-store';
import { LINK_TYPE } from './link-resolution';
import { wireBodyOf } from './wire-bodies';
import { toWirePosition } from './wire-position';

/** Encoding rules of the EventStoreDB gRPC wire, as client 6.2.1 sends and reads them. */

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

/** One recorded event in the wire's shape; commit = prepare = the memory store's position spread out as a log offset. */
const recordedEventMessage = (event: RecordedEvent): ReadResp.ReadEvent.RecordedEvent => {
  const position = toWirePosition(event.position).toString();
  const body = wireBodyOf(event);
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuidOf(event.id))
    .setStreamIdentifier(streamIdentifierOf(event.streamName))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(position)
    .setPreparePosition(position)
    .setData(body.data)
    .setCustomMetadata(body.metadata);
  recorded.getMetadataMap().set('type', event.type).set('content-type', body.contentType).set('created', ticksOf(event.created));
  return recorded;
};

/**
 * One event as `ReadResp.event`. With `resolveLinkTo` a `$>` record goes out as `link` and its
 * target as `event` (no `event` when the target is gone), at the link's position, as a server does.
 */
export const readEventMessage = (event: RecordedEvent, resolveLinkTo?: (link: RecordedEvent) => RecordedEvent | undefined): ReadResp => {
  const position = toWirePosition(event.position).toString();
  const read = new ReadResp.ReadEvent().setCommitPosition(position);
  if (resolveLinkTo !== undefined && event.type === LINK_TYPE) {
    const target = resolveLinkTo(event);
    read.setLink(recordedEventMessage(event));
    if (target !== undefined) {
      read.setEvent(recordedEventMessage(target));
    }
    return new ReadResp().setEvent(read);
  }
  return new ReadResp().setEvent(read.setEvent(recordedEventMessage(event)));
};
