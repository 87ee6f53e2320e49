import { hash } from 'node:crypto';
import type { JsonObject } from '@binaan/canonical-json';
import { canonicalJson } from '@binaan/canonical-json';

/** The `prevHash` of a stream's first event (revision 0). */
export const GENESIS_HASH = '0'.repeat(64);

const HASH_FORMAT = /^[0-9a-f]{64}$/;

/** A SHA-256 digest written as 64 lower-case hex digits. */
export const isEventHash = (value: unknown): value is string => typeof value === 'string' && HASH_FORMAT.test(value);

/** What an event's hash covers. `metadata` carries `prevHash`; a `hash` key in it is ignored. */
export interface HashableEvent {
  readonly streamName: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

const withoutHash = (metadata: JsonObject): JsonObject => {
  if (!('hash' in metadata)) return metadata;
  const { hash: _ignored, ...rest } = metadata;
  return rest;
};

/**
 * SHA-256 (hex) over the canonical JSON of
 * `{ streamName, revision: decimal string, type, data, metadata without hash }`.
 * Throws CanonicalJsonError when data or metadata is not plain JSON.
 */
export const computeEventHash = (event: HashableEvent): string =>
  // node:crypto's one-shot hash (Node 20.12+) costs less than createHash().update().digest().
  hash(
    'sha256',
    // Written with its keys already in canonical order, so the encoder need not copy it.
    canonicalJson({
      data: event.data,
      metadata: withoutHash(event.metadata),
      revision: event.revision.toString(10),
      streamName: event.streamName,
      type: event.type,
    }),
    'hex',
  );
