/** The type of the record a tombstone writes to the stream, at revision DELETED_STREAM_REVISION. */
export const TOMBSTONE_TYPE = '$streamDeleted';

/** The type of the records in `$$<stream>` that carry `$tb`, as EventStoreDB writes them. */
export const METADATA_TYPE = '$metadata';

/** Written to `$$<stream>` by a soft delete (`$tb` = 2^63-1) and by the first append after it (`$tb` = its revision). */
export const truncateBeforeJson = (truncateBefore: bigint): string => `{"$tb":${truncateBefore}}`;
