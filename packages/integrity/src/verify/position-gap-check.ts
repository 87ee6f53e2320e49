import type { PositionGap, PositionLedger } from './position-ledger';

const FIRST_POSITION = 1n;

/**
 * Walks the events' positions in order beside the store's own records and finds every hole: a
 * deleted event leaves one, whatever stream it was in, even the newest of its stream, where no
 * revision is missing. After the last event, the ledger's claims show events deleted from the end.
 */
export const createPositionGapCheck = (ledger: PositionLedger) => {
  const gaps: PositionGap[] = [];
  let expected = FIRST_POSITION;

  /** How many positions in [from, to] are neither an event nor a system record. */
  const missingBetween = (from: bigint, to: bigint): bigint => {
    let system = 0n;
    for (const position of ledger.systemPositions) if (position >= from && position <= to) system += 1n;
    return to - from + 1n - system;
  };

  const noteGap = (from: bigint, to: bigint, why: string): void => {
    const missing = missingBetween(from, to);
    if (missing > 0n) gaps.push({ from, to, detail: `${missing} position(s) from ${from} to ${to} hold no record ${why}` });
  };

  return {
    check: (position: bigint): void => {
      if (position > expected) noteGap(expected, position - 1n, `before the event at position ${position}`);
      if (position >= expected) expected = position + 1n;
    },
    end: (): readonly PositionGap[] => {
      const last = expected - 1n;
      const furthest = ledger.claims.reduce<{ by: string; position: bigint } | undefined>(
        (best, claim) => (claim.position > last && (best === undefined || claim.position > best.position) ? claim : best),
        undefined,
      );
      if (furthest !== undefined) {
        const others = ledger.claims.filter((claim) => claim.position > last && claim !== furthest).map((claim) => claim.by);
        const also = others.length === 0 ? '' : `; ${others.join(', ')} also ${others.length === 1 ? 'points' : 'point'} past it`;
        noteGap(expected, furthest.position, `after the last event (${last}), though ${furthest.by} reaches ${furthest.position}${also}`);
      }
      return gaps;
    },
  };
};
