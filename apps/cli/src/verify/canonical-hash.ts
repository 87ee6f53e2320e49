import { createHash } from 'node:crypto';
import type { StoredEvent } from './stored-event';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

type JsonRecord = { [key: string]: Json };

/** Thrown at an array-index key: V8 writes those first, in numeric order, whatever order they were put in. */
const INDEX_LIKE_KEY = Symbol('index-like key');

/** Array indices, and a few larger numbers with them (erring that way only costs the full verifier). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

const isIndexLike = (key: string): boolean => {
  const code = key.charCodeAt(0);
  return code >= 0x30 && code <= 0x39 && ARRAY_INDEX.test(key);
};

/** Plain assignment of `__proto__` would set the prototype and drop the key from the output. */
const put = (target: JsonRecord, key: string, value: Json): void => {
  if (isIndexLike(key)) throw INDEX_LIKE_KEY;
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
};

/** A copy with every object's keys in sorted order. */
const sortedCopy = (value: Json): Json => {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const source = value as { readonly [key: string]: Json };
  const copy: JsonRecord = {};
  for (const key of Object.keys(source).sort()) put(copy, key, sortedCopy(source[key] as Json));
  return copy;
};

/** The metadata as hashed: sorted, and without its own `hash` (only at the top level). */
const sortedMetadata = (metadata: StoredEvent['metadata']): JsonRecord => {
  const copy: JsonRecord = {};
  for (const key of Object.keys(metadata).sort()) if (key !== 'hash') put(copy, key, sortedCopy(metadata[key] as Json));
  return copy;
};

/** JSON.stringify over a key-sorted copy; undefined where that is not the canonical encoding. */
const quickCanonicalText = (event: StoredEvent): string | undefined => {
  let text: string;
  try {
    // The top-level keys are written in their sorted order already.
    text = JSON.stringify({
      data: sortedCopy(event.data as Json),
      metadata: sortedMetadata(event.metadata),
      revision: event.revision.toString(10),
      streamName: event.streamName,
      type: event.type,
    });
  } catch (error) {
    if (error === INDEX_LIKE_KEY) return undefined;
    throw error;
  }
  // JSON.stringify writes a lone surrogate as \udxxx where the canonical encoder refuses the value.
  return text.includes('\\ud') ? undefined : text;
};

/**
 * The event's hash recomputed the quick way: JSON.stringify over a key-sorted copy, which for
 * values read from JSON gives the canonical encoding (README of @binaan/event-store) byte for byte.
 * Where it would not (keys V8 orders as array indices first; a lone surrogate, which the canonical
 * encoder refuses, so the exact verifier calls the event modified) there is no quick hash. A match
 * therefore proves the content intact; a mismatch or no hash proves nothing, and the event goes to
 * the full verifier.
 */
export const quickEventHash = (event: StoredEvent): string | undefined => {
  const text = quickCanonicalText(event);
  return text === undefined ? undefined : createHash('sha256').update(text, 'utf8').digest('hex');
};
