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

  it('refuses a cut in the future on either axis, judged in Malang, and takes today', () => {
    // 2026-12-07 20:00 UTC is already 2026-12-08 in Malang.
    const now = new Date('2026-12-07T20:00:00Z');
    expect(parseTimeAxes({ asOf: '2026-12-08' }, now).asOf).toBe('2026-12-08');
    expect(() => parseTimeAxes({ asOf: '2026-12-09' }, now)).toThrow('--as-of: 2026-12-09 is in the future (today is 2026-12-08 in Malang)');
    expect(parseTimeAxes({ knownAt: '2026-12-08' }, now).knownAt).toBeInstanceOf(Date);
    expect(() => parseTimeAxes({ knownAt: '2026-12-09' }, now)).toThrow(UserError);
    expect(() => parseTimeAxes({ knownAt: '2026-12-09T00:00:00+07:00' }, now)).toThrow('--known-at');
  });
});
