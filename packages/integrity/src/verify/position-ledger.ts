/**
 * Another record's word on how far the store's positions reach: the SQLite table's sequence counter,
 * a projection's checkpoint. Each was written when the event was, in a different place; an event
 * deleted from the end of the store leaves them pointing past the last one.
 */
export interface PositionClaim {
  /** Who says so, for people: e.g. "the events table's sequence counter (sqlite_sequence)". */
  readonly by: string;
  readonly position: bigint;
}

/**
 * What verification needs to check that no position is missing, from a store whose positions count
 * records one by one from 1 (SQLite; not EventStoreDB, whose positions are log offsets).
 */
export interface PositionLedger {
  /** Positions of the records the store writes itself (deletes, stream metadata): never read as events. */
  readonly systemPositions: ReadonlySet<bigint>;
  readonly claims: readonly PositionClaim[];
}

/** Positions `from` to `to` (inclusive) hold no record: events were deleted there. */
export interface PositionGap {
  readonly from: bigint;
  readonly to: bigint;
  /** How many positions are missing, and who pointed at them. Never event data. */
  readonly detail: string;
}
