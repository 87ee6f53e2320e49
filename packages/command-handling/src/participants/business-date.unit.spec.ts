import * as fc from 'fast-check';
import { businessDateAt } from '@binaan/domain';
import { businessDayOf, isDuring } from './business-date';

describe('business days (WIB, UTC+7)', () => {
  it('starts at WIB midnight, which is 17:00 UTC the day before', () => {
    const day = businessDayOf(new Date('2021-06-01T02:00:00Z'));
    expect(day.date).toBe('2021-06-01');
    expect(new Date(day.startsAtMs).toISOString()).toBe('2021-05-31T17:00:00.000Z');
    expect(new Date(day.endsAtMs).toISOString()).toBe('2021-06-01T17:00:00.000Z');
    expect(isDuring(day, new Date('2021-05-31T16:59:59.999Z'))).toBe(false);
    expect(isDuring(day, new Date('2021-05-31T17:00:00.000Z'))).toBe(true);
    expect(isDuring(day, new Date('2021-06-01T16:59:59.999Z'))).toBe(true);
    expect(isDuring(day, new Date('2021-06-01T17:00:00.000Z'))).toBe(false);
  });

  it('holds an instant exactly when the instant has that business date', () => {
    const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), (at, offsetMs) => {
        const day = businessDayOf(at);
        const other = new Date(at.getTime() + offsetMs);
        expect(isDuring(day, at)).toBe(true);
        expect(isDuring(day, other)).toBe(businessDateAt(other) === day.date);
      }),
      { numRuns: 2_000 },
    );
  });
});
