import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import { MAX_APPEND_BYTES, type ProposedEvent } from '@binaan/event-store';
import { type JsonObject } from '@binaan/canonical-json';
import { uuidStringOf } from './wire-codec';
import { AppendTooLargeError, WireRequestError } from './wire-errors';

/** Append's and BatchAppend's ProposedMessage have the same fields. */
export interface WireProposedMessage {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

const parseJson = (bytes: Uint8Array, field: string): JsonObject => {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as JsonObject;
  } catch {
    throw new WireRequestError(`${field}: is not valid JSON`);
  }
};

const toProposedEvent = (message: WireProposedMessage, index: number): ProposedEvent => {
  const metadataMap = message.getMetadataMap();
  if (metadataMap.get('content-type') !== 'application/json') {
    throw new WireRequestError(`events[${index}]: the stand-in stores application/json events only`);
  }
  const customMetadata = message.getCustomMetadata_asU8();
  return {
    id: uuidStringOf(message.getId()),
    type: metadataMap.get('type') ?? '',
    data: parseJson(message.getData_asU8(), `events[${index}].data`),
    ...(customMetadata.length === 0 ? {} : { metadata: parseJson(customMetadata, `events[${index}].metadata`) }),
  };
};

/** Counted as the memory store counts (data + metadata + type; absent metadata is stored as `{}`). */
const appendBytes = (message: WireProposedMessage): number =>
  message.getData_asU8().length +
  Math.max(message.getCustomMetadata_asU8().length, 2) +
  Buffer.byteLength(message.getMetadataMap().get('type') ?? '');

/** Turns the wire's proposed messages into port events, refusing what the port or the size limit would. */
export const toProposedEvents = (messages: readonly WireProposedMessage[]): readonly ProposedEvent[] => {
  const totalBytes = messages.reduce((total, message) => total + appendBytes(message), 0);
  if (totalBytes > MAX_APPEND_BYTES) {
    throw new AppendTooLargeError();
  }
  return messages.map(toProposedEvent);
};
