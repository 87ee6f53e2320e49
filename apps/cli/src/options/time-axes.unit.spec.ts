import { UserError } from '../cli/user-error';
import { asOfFromAxes, parseBusinessDate, parseKnownAt, parseTimeAxes } from './time-axes';

describe('time axes', () => {
  it('takes a business date as it is', () => {
    expect(parseBusinessDate('--as-of', '2020-02-29')).toBe('2020-02-29');
  });

  it.each(['2020-02-30', '30-06-2020', '2020-6-1', 'yesterday'])('refuses %s as a business date with a one-line user error', (value) => {
    expect(() => parseBusinessDate('--as-of', value)).toThrow(UserError);
    expect(() => parseBusinessDate('--as-of', value)).toThrow(`--as-of: "${value}" is not a date`);
  });

  it('reads a bare --known-at date as the end of that day in Asia/Jakarta', () => {
    expect(parseKnownAt('2020-06-30').toISOString()).toBe('2020-06-30T16:59:59.999Z');
  });

  it('takes an ISO instant with a zone exactly, and refuses one without a zone', () => {
    expect(parseKnownAt('2020-06-30T09:00:00+07:00').toISOString()).toBe('2020-06-30T02:00:00.000Z');
    expect(() => parseKnownAt('2020-06-30T09:00:00')).toThrow(UserError);
  });

  it('gives the domain both axes, and neither when none was asked for', () => {
    expect(asOfFromAxes(parseTimeAxes({ asOf: '2020-06-30', knownAt: '2020-07-31' }))).toEqual({
      businessDate: '2020-06-30',
      recordedAt: '2020-07-31T16:59:59.999Z',
    });
    expect(asOfFromAxes(parseTimeAxes({}))).toEqual({});
  });
});
