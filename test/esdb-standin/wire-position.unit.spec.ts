import * as fc from 'fast-check';
import { storePositionAtOrAfter, storePositionAtOrBefore, toWirePosition } from './wire-position';

describe('wire positions of the stand-in', () => {
  it('spread the store positions out with gaps, in the same order, keeping 0 as the start', () => {
    expect(toWirePosition(0n)).toBe(0n);
    expect(toWirePosition(2n) - toWirePosition(1n)).toBeGreaterThan(1n);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 62n }), (position) => {
        expect(toWirePosition(position + 1n)).toBeGreaterThan(toWirePosition(position));
      }),
    );
  });

  it('map any offset a client sends to the records at or after it, and at or before it', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 62n }), (wire) => {
        const after = storePositionAtOrAfter(wire);
        expect(toWirePosition(after)).toBeGreaterThanOrEqual(wire);
        expect(after === 1n || toWirePosition(after - 1n) < wire).toBe(true);
        const before = storePositionAtOrBefore(wire);
        expect(toWirePosition(before)).toBeLessThanOrEqual(wire);
        expect(toWirePosition(before + 1n)).toBeGreaterThan(wire);
      }),
      { numRuns: 2_000 },
    );
  });

  it('map a record\'s own wire position back to it', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 62n }), (position) => {
        expect(storePositionAtOrAfter(toWirePosition(position))).toBe(position);
        expect(storePositionAtOrBefore(toWirePosition(position))).toBe(position);
      }),
    );
  });
});
