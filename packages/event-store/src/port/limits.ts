import { InvalidAppendError } from './errors';

/** As EventStoreDB's default MaxAppendSize: the JSON of one append (data + metadata + type) may not exceed it. */
export const MAX_APPEND_BYTES = 1_048_576;
export const MAX_STREAM_NAME_BYTES = 256;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const validateStreamName = (streamName: unknown): string => {
  if (typeof streamName !== 'string' || streamName.length === 0) {
    throw new InvalidAppendError('streamName', 'must be a non-empty string');
  }
  if (streamName.startsWith('$')) {
    throw new InvalidAppendError('streamName', 'names starting with "$" are reserved for system streams');
  }
  if (CONTROL_CHARACTERS.test(streamName)) {
    throw new InvalidAppendError('streamName', 'must not contain control characters');
  }
  if (Buffer.byteLength(streamName, 'utf8') > MAX_STREAM_NAME_BYTES) {
    throw new InvalidAppendError('streamName', `must be at most ${MAX_STREAM_NAME_BYTES} UTF-8 bytes`);
  }
  return streamName;
};
