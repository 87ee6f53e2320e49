import { hash } from 'node:crypto';
import { parse as parseUuid } from 'uuid';

/** Fixed namespace for Binaan's name-based (v5) event ids. Changing it would break idempotence. */
export const BINAAN_EVENT_ID_NAMESPACE = '4f1c6a52-7b0e-5d1a-9a3c-2b6e8d0f1a47';

const NAMESPACE_BYTES = parseUuid(BINAAN_EVENT_ID_NAMESPACE);

/** The variant digit (RFC 9562 variant 10xx) for each value of the digest's 17th hex digit. */
const VARIANT_DIGIT = Array.from({ length: 16 }, (_, digit) => ((digit & 0x3) | 0x8).toString(16));

/**
 * RFC 9562 version 5: SHA-1 over the namespace's bytes and the name's UTF-8 bytes, with the version
 * and variant bits set. Written over node:crypto's native one-shot SHA-1, read as hex once: the uuid
 * package hashes in JavaScript, and a hash object with five hex slices cost markedly more.
 * The unit test holds it to the uuid package's ids.
 */
const uuidV5Of = (name: string): string => {
  const hex = hash('sha1', Buffer.concat([NAMESPACE_BYTES, Buffer.from(name, 'utf8')]), 'hex');
  const variant = VARIANT_DIGIT[Number.parseInt(hex[16] as string, 16)] as string;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * The same command, stream and index always give the same event id, so a retried append is
 * recognised; the stream is part of the name so a command id reused elsewhere never repeats an id.
 */
export const eventIdFor = (commandId: string, streamName: string, index: number): string =>
  uuidV5Of(`${commandId.toLowerCase()}/${streamName}/${index}`);
