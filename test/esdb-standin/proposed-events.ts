import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import { MAX_APPEND_BYTES } from '@binaan/event-store';
import { countedAppendBytes, type ImitatedServerVersion } from './server-version';
import type { WireBody, WireContentType } from './wire-bodies';
import { uuidStringOf } from './wire-codec';
import { AppendTooLargeError, MissingMetadataPropertyError } from './wire-errors';

/** Append's and BatchAppend's ProposedMessage have the same fields. */
export interface WireProposedMessage {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** One event as a client proposed it, bytes untouched. */
export interface WireEvent {
  readonly id: string;
  readonly type: string;
  readonly body: WireBody;
}

const contentTypeOf = (value: string | undefined): WireContentType | undefined =>
  value === 'application/json' || value === 'application/octet-stream' ? value : undefined;

const toWireEvent = (message: WireProposedMessage, index: number): WireEvent => {
  const metadataMap = message.getMetadataMap();
  const type = metadataMap.get('type');
  const contentType = contentTypeOf(metadataMap.get('content-type'));
  if (type === undefined || type.length === 0) {
    throw new MissingMetadataPropertyError('type', index);
  }
  if (contentType === undefined) {
    throw new MissingMetadataPropertyError('content-type', index);
  }
  return {
    id: uuidStringOf(message.getId()),
    type,
    body: { contentType, data: message.getData_asU8(), metadata: message.getCustomMetadata_asU8() },
  };
};

/** The wire's proposed messages, refused as the imitated server refuses them: missing type, too large. */
export const toWireEvents = (messages: readonly WireProposedMessage[], version: ImitatedServerVersion): readonly WireEvent[] => {
  const events = messages.map(toWireEvent);
  const totalBytes = events.reduce((total, event) => total + countedAppendBytes(version, { ...event.body, type: event.type }), 0);
  if (totalBytes > MAX_APPEND_BYTES) {
    throw new AppendTooLargeError();
  }
  return events;
};
