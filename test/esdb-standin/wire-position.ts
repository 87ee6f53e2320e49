/**
 * Positions as the wire shows them. A real server's commit and prepare positions are byte offsets in
 * its transaction log: large, with gaps, and growing by the size of each record. The memory store
 * behind the stand-in numbers its records 1, 2, 3, …; sent as they are, a client that computed
 * "the next position" as `position + 1` would pass here and fail on a server. So every position is
 * spread out on the way out (`FIRST_OFFSET`, then `RECORD_STRIDE` bytes per record) and mapped back,
 * for any offset a client sends, on the way in.
 */
const FIRST_OFFSET = 4_096n;
const RECORD_STRIDE = 137n;

/** The wire position of the memory store's record `position` (0 stays 0: the start of the log). */
export const toWirePosition = (position: bigint): bigint => (position <= 0n ? 0n : FIRST_OFFSET + (position - 1n) * RECORD_STRIDE);

/** The smallest store position whose wire position is at or after `wire`. */
export const storePositionAtOrAfter = (wire: bigint): bigint =>
  wire <= FIRST_OFFSET ? 1n : 1n + (wire - FIRST_OFFSET + RECORD_STRIDE - 1n) / RECORD_STRIDE;

/** The largest store position whose wire position is at or before `wire` (0 before the first record). */
export const storePositionAtOrBefore = (wire: bigint): bigint => (wire < FIRST_OFFSET ? 0n : 1n + (wire - FIRST_OFFSET) / RECORD_STRIDE);
