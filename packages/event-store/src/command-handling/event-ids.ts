import { parse as parseUuid, v5 as uuidV5 } from 'uuid';

/** Fixed namespace for Binaan's name-based (v5) event ids. Changing it would break idempotence. */
export const BINAAN_EVENT_ID_NAMESPACE = '4f1c6a52-7b0e-5d1a-9a3c-2b6e8d0f1a47';

/** Parsed once; the name is given as its UTF-8 bytes, which is what uuid makes of a string name. */
const NAMESPACE_BYTES = parseUuid(BINAAN_EVENT_ID_NAMESPACE);

/**
 * The same command, stream and index always give the same event id, so a retried append is
 * recognised; the stream is part of the name so a command id reused elsewhere never repeats an id.
 */
export const eventIdFor = (commandId: string, streamName: string, index: number): string =>
  uuidV5(Buffer.from(`${commandId.toLowerCase()}/${streamName}/${index}`, 'utf8'), NAMESPACE_BYTES);
