import { isKnownAsOf, referenceDateOf } from './as-of';
import type { ProjectionEvent } from '../read-models/projection-event';

const event = (position: bigint, data: Record<string, unknown>, recordedAt: string): ProjectionEvent => ({
  type: 'FollowUpLogged',
  streamName: 'participant-x',
  revision: 0n,
  position,
  data,
  metadata: { recordedAt },
});

describe('as-of axes', () => {
  const late = event(7n, { contactedOn: '2019-12-03' }, '2020-02-01T03:00:00Z');

  it('business date and recorded time place a late record differently', () => {
    expect(isKnownAsOf({ businessDate: '2020-01-15' })(late)).toBe(true);
    expect(isKnownAsOf({ recordedAt: '2020-01-15T00:00:00Z' })(late)).toBe(false);
    expect(isKnownAsOf({ businessDate: '2020-01-15', recordedAt: '2020-01-15T00:00:00Z' })(late)).toBe(false);
  });

  it('position is inclusive', () => {
    expect([isKnownAsOf({ position: 7n })(late), isKnownAsOf({ position: 6n })(late)]).toEqual([true, false]);
  });

  it('an event without a business date sits at the Jakarta day it was recorded', () => {
    const reservation = event(1n, {}, '2019-03-03T18:00:00Z');
    expect([isKnownAsOf({ businessDate: '2019-03-03' })(reservation), isKnownAsOf({ businessDate: '2019-03-04' })(reservation)]).toEqual([false, true]);
  });

  it('the reference date follows the axis asked for', () => {
    expect(referenceDateOf({ businessDate: '2020-01-15' }, '2021-01-01')).toBe('2020-01-15');
    expect(referenceDateOf({ recordedAt: '2020-01-14T20:00:00Z' }, '2021-01-01')).toBe('2020-01-15');
    expect(referenceDateOf({ position: 3n }, '2021-01-01')).toBe('2021-01-01');
  });
});
