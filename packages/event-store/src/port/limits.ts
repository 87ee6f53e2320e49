import { InvalidAppendError } from './errors';

/** As EventStoreDB's default MaxAppendSize: the JSON of one append (data + metadata + type) may not exceed it. */
export const MAX_APPEND_BYTES = 1_048_576;
export const MAX_STREAM_NAME_BYTES = 256;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** The rule a stream name breaks, or undefined when it is valid. */
export const streamNameProblem = (streamName: unknown): string | undefined => {
  if (typeof streamName !== 'string' || streamName.length === 0) {
    return 'must be a non-empty string';
  }
  if (streamName.startsWith('$')) {
    return 'names starting with "$" are reserved for system streams';
  }
  if (CONTROL_CHARACTERS.test(streamName)) {
    return 'must not contain control characters';
  }
  if (Buffer.byteLength(streamName, 'utf8') > MAX_STREAM_NAME_BYTES) {
    return `must be at most ${MAX_STREAM_NAME_BYTES} UTF-8 bytes`;
  }
  return undefined;
};

export const validateStreamName = (streamName: unknown): string => {
  const problem = streamNameProblem(streamName);
  if (problem !== undefined) {
    throw new InvalidAppendError('streamName', problem);
  }
  return streamName as string;
};

/** Nesting deeper than this in event data or metadata is refused, so checking a payload cannot exhaust the stack. */
export const MAX_JSON_DEPTH = 64;
