import { createPositionGapCheck } from './position-gap-check';
import type { PositionLedger } from './position-ledger';

const gapsOf = (positions: readonly number[], ledger: Partial<PositionLedger> = {}) => {
  const check = createPositionGapCheck({ systemPositions: new Set(), claims: [], ...ledger });
  positions.forEach((position) => check.check(BigInt(position)));
  return check.end().map((gap) => [gap.from, gap.to]);
};

describe('finding holes in the store positions', () => {
  it('finds none in positions counted one by one from 1', () => {
    expect(gapsOf([1, 2, 3, 4])).toEqual([]);
  });

  it('finds each hole a deleted event leaves, at the start and in the middle', () => {
    expect(gapsOf([2, 3, 6, 7])).toEqual([
      [1n, 1n],
      [4n, 5n],
    ]);
  });

  it('counts the records the store writes itself as present', () => {
    expect(gapsOf([1, 2, 4, 6], { systemPositions: new Set([3n, 5n]) })).toEqual([]);
    expect(gapsOf([1, 2, 6], { systemPositions: new Set([3n, 5n]) })).toEqual([[3n, 5n]]);
  });

  it('finds events deleted from the end when another record reaches further, naming it', () => {
    const check = createPositionGapCheck({
      systemPositions: new Set(),
      claims: [
        { by: 'the sequence counter', position: 9n },
        { by: 'the audit_log checkpoint', position: 8n },
        { by: 'an older checkpoint', position: 3n },
      ],
    });
    [1n, 2n, 3n, 4n, 5n, 6n, 7n].forEach(check.check);
    expect(check.end()).toEqual([
      {
        from: 8n,
        to: 9n,
        detail: '2 position(s) from 8 to 9 hold no record after the last event (7), though the sequence counter reaches 9; the audit_log checkpoint also points past it',
      },
    ]);
  });

  it('finds nothing after the end when every claim stops at the last event', () => {
    expect(gapsOf([1, 2, 3], { claims: [{ by: 'the sequence counter', position: 3n }] })).toEqual([]);
  });

  it('finds a store emptied to nothing when a record says it held events', () => {
    expect(gapsOf([], { claims: [{ by: 'the sequence counter', position: 4n }] })).toEqual([[1n, 4n]]);
  });
});
