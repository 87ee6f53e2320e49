import { DELETED_STREAM_REVISION, metastreamOf, type StreamState } from '@binaan/event-store/adapter-kit';
import type { SqliteStatements } from './sqlite-statements';

const TRUNCATE_BEFORE = /"\$tb":(\d+)/;

/** The `$tb` of a `$metadata` record the adapter wrote; read as text so 2^63-1 keeps every digit. */
const truncateBeforeIn = (metadataJson: string | undefined): bigint => {
  const digits = metadataJson === undefined ? undefined : TRUNCATE_BEFORE.exec(metadataJson)?.[1];
  return digits === undefined ? 0n : BigInt(digits);
};

/** A stream's state from its own last record (a tombstone sits at 2^63-1) and its metastream's last `$tb`. */
export const readStreamState = (statements: SqliteStatements, streamName: string): StreamState => {
  const [last, metadataJson] = statements.streamState.get(streamName, metastreamOf(streamName)) ?? [null, null];
  const tombstoned = last === DELETED_STREAM_REVISION;
  return {
    lastRevision: last === null || tombstoned ? -1n : last,
    truncateBefore: truncateBeforeIn(metadataJson ?? undefined),
    tombstoned,
  };
};
