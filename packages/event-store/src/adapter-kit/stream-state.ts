import type { ActualRevision } from '../port/errors';

/** EventStoreDB's long.MaxValue: the revision of a tombstone record and the `$tb` of a soft-deleted stream. */
export const DELETED_STREAM_REVISION = 9_223_372_036_854_775_807n;

/**
 * What an adapter keeps per stream, as EventStoreDB does: the last revision ever written (-1 for none),
 * `truncateBefore` hiding older revisions from reads after a soft delete, and the tombstone flag.
 */
export interface StreamState {
  readonly lastRevision: bigint;
  readonly truncateBefore: bigint;
  readonly tombstoned: boolean;
}

export const missingStream: StreamState = { lastRevision: -1n, truncateBefore: 0n, tombstoned: false };

export const isSoftDeleted = (state: StreamState): boolean => state.truncateBefore === DELETED_STREAM_REVISION;

export const actualRevision = (state: StreamState): ActualRevision =>
  state.lastRevision < 0n ? 'no_stream' : state.lastRevision;

/** Readable: has events at or after `truncateBefore` and is not tombstoned. */
export const hasVisibleEvents = (state: StreamState): boolean =>
  !state.tombstoned && state.lastRevision >= 0n && state.truncateBefore <= state.lastRevision;

/** The metastream holding a stream's `$metadata` records, as EventStoreDB names it. */
export const metastreamOf = (streamName: string): string => `$$${streamName}`;

/** Records the store writes itself (deletion markers) have `$` types; user event types may not start with `$`. */
export const isSystemType = (type: string): boolean => type.startsWith('$');
