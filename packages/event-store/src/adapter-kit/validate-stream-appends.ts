import { InvalidAppendError } from '../port/errors';
import { MAX_APPEND_BYTES } from '../port/limits';
import type { EventSchema } from '../port/schema';
import type { StreamAppend } from '../port/options';
import { isPlainObject } from './json-payload';
import { appendBytes, validateAppend, type ValidatedAppend } from './validate-append';

const bytesOf = (append: ValidatedAppend): number => append.events.reduce((total, event) => total + appendBytes(event), 0);

const validatePart = (part: unknown, index: number, schema: EventSchema): ValidatedAppend => {
  const field = `parts[${index}]`;
  if (!isPlainObject(part)) throw new InvalidAppendError(field, 'must be an object with streamName and events');
  try {
    return validateAppend(part['streamName'], part['events'], part['options'] as StreamAppend['options'], schema);
  } catch (error) {
    if (error instanceof InvalidAppendError) throw new InvalidAppendError(`${field}.${error.field}`, error.rule);
    throw error;
  }
};

/**
 * Every check a multi-stream append must pass before anything is written: each part as a single
 * append is checked, the streams are distinct (one part per stream keeps each part's expected
 * revision meaningful), and the whole write stays within MAX_APPEND_BYTES, as one append must.
 */
export const validateStreamAppends = (parts: unknown, schema: EventSchema): readonly ValidatedAppend[] => {
  if (!Array.isArray(parts) || parts.length === 0) throw new InvalidAppendError('parts', 'must be a non-empty array');
  const validated = parts.map((part, index) => validatePart(part, index, schema));
  const seen = new Set<string>();
  validated.forEach(({ streamName }, index) => {
    if (seen.has(streamName)) throw new InvalidAppendError(`parts[${index}].streamName`, 'must name a stream no other part of this append names');
    seen.add(streamName);
  });
  const totalBytes = validated.reduce((total, append) => total + bytesOf(append), 0);
  if (totalBytes > MAX_APPEND_BYTES) {
    throw new InvalidAppendError('parts', `the append's JSON (data + metadata + type, over every part) exceeds ${MAX_APPEND_BYTES} bytes`);
  }
  return validated;
};
