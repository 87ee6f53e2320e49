import { createHash } from 'node:crypto';
import { parse as parseUuid } from 'uuid';

/** Fixed namespace for Binaan's name-based (v5) event ids. Changing it would break idempotence. */
export const BINAAN_EVENT_ID_NAMESPACE = '4f1c6a52-7b0e-5d1a-9a3c-2b6e8d0f1a47';

const NAMESPACE_BYTES = parseUuid(BINAAN_EVENT_ID_NAMESPACE);

const hexOf = (bytes: Buffer, from: number, to: number): string => bytes.toString('hex', from, to);

/**
 * RFC 9562 version 5: SHA-1 over the namespace's bytes and the name's UTF-8 bytes, with the version
 * and variant bits set. Written over node:crypto's native SHA-1 because the uuid package hashes in
 * JavaScript, which was a tenth of a command's CPU; the unit test holds it to the uuid package's ids.
 */
const uuidV5Of = (name: string): string => {
  const digest = createHash('sha1').update(NAMESPACE_BYTES).update(name, 'utf8').digest();
  digest.writeUInt8((digest.readUInt8(6) & 0x0f) | 0x50, 6);
  digest.writeUInt8((digest.readUInt8(8) & 0x3f) | 0x80, 8);
  return `${hexOf(digest, 0, 4)}-${hexOf(digest, 4, 6)}-${hexOf(digest, 6, 8)}-${hexOf(digest, 8, 10)}-${hexOf(digest, 10, 16)}`;
};

/**
 * The same command, stream and index always give the same event id, so a retried append is
 * recognised; the stream is part of the name so a command id reused elsewhere never repeats an id.
 */
export const eventIdFor = (commandId: string, streamName: string, index: number): string =>
  uuidV5Of(`${commandId.toLowerCase()}/${streamName}/${index}`);
