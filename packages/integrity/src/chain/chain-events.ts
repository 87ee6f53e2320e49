import { putMember, type JsonObject } from '@binaan/canonical-json';
import { computeEventHash, GENESIS_HASH, isEventHash } from './event-hash';

/** An event about to be appended; other fields (such as `id`) are carried through unchanged. */
export interface ChainableEvent {
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata?: JsonObject;
}

export type ChainedMetadata = JsonObject & { readonly prevHash: string; readonly hash: string };

export type Chained<E extends ChainableEvent> = E & { readonly metadata: ChainedMetadata };

/** Where the next append continues a stream's chain. */
export interface ChainLink {
  readonly revision: bigint;
  readonly prevHash: string;
}

export class ChainInputError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
  }
}

/** The link for the first append to a stream that does not exist yet. */
export const GENESIS_LINK: ChainLink = { revision: 0n, prevHash: GENESIS_HASH };

/** The link after a stream's last stored event (as read before `decide`), or genesis for an empty stream. */
export const chainLinkAfter = (last: { readonly revision: bigint; readonly metadata: JsonObject } | undefined): ChainLink => {
  if (last === undefined) {
    return GENESIS_LINK;
  }
  const hash = last.metadata['hash'];
  if (!isEventHash(hash)) {
    throw new ChainInputError(
      `revision ${last.revision.toString()}: metadata.hash`,
      'must be 64 lower-case hex digits; the stream is not hash-chained',
    );
  }
  return { revision: last.revision + 1n, prevHash: hash };
};

/**
 * A copy of the metadata with one member set. Keys in canonical order stay so, the new one put in
 * its place, so hashing and storing the result need not re-sort it (canonical-json.ts).
 */
const withMember = (metadata: JsonObject, key: string, value: string): JsonObject => {
  const copy: Record<string, unknown> = {};
  let placed = false;
  for (const existing of Object.keys(metadata)) {
    if (existing === key) continue;
    if (!placed && existing > key) {
      putMember(copy, key, value);
      placed = true;
    }
    putMember(copy, existing, metadata[existing]);
  }
  if (!placed) putMember(copy, key, value);
  return copy as JsonObject;
};

const checkLink = (startRevision: bigint, prevHash: string): void => {
  if (startRevision < 0n) {
    throw new ChainInputError('startRevision', 'must be 0 or more');
  }
  if (!isEventHash(prevHash)) {
    throw new ChainInputError('prevHash', 'must be 64 lower-case hex digits');
  }
  if (startRevision === 0n && prevHash !== GENESIS_HASH) {
    throw new ChainInputError('prevHash', 'must be GENESIS_HASH (64 zeros) at revision 0');
  }
};

/**
 * Fills `prevHash` and `hash` into each event's metadata (replacing any there), linking event i to
 * event i - 1 and the first to `prevHash`. Throws ChainInputError or CanonicalJsonError; returns new objects.
 */
export const chainEvents = <E extends ChainableEvent>(
  streamName: string,
  startRevision: bigint,
  prevHash: string,
  events: readonly E[],
): readonly Chained<E>[] => {
  checkLink(startRevision, prevHash);
  const chained: Chained<E>[] = [];
  let previous = prevHash;
  events.forEach((event, index) => {
    const unhashed = withMember(event.metadata ?? {}, 'prevHash', previous);
    const hash = computeEventHash({
      streamName,
      revision: startRevision + BigInt(index),
      type: event.type,
      data: event.data,
      metadata: unhashed,
    });
    chained.push({ ...event, metadata: withMember(unhashed, 'hash', hash) as ChainedMetadata });
    previous = hash;
  });
  return chained;
};
