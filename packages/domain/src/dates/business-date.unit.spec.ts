import { businessDateAt } from './business-date';

describe('businessDateAt', () => {
  it('is the calendar date in Malang (UTC+7): the day turns at 17:00 UTC', () => {
    expect(businessDateAt('2019-03-03T16:59:59.999Z')).toBe('2019-03-03');
    expect(businessDateAt('2019-03-03T17:00:00Z')).toBe('2019-03-04');
    expect(businessDateAt(new Date('2019-12-31T18:00:00Z'))).toBe('2020-01-01');
  });

  it('keeps no daylight saving: the same offset in every month', () => {
    for (const month of ['01', '04', '07', '10']) expect(businessDateAt(`2020-${month}-15T17:00:00Z`)).toBe(`2020-${month}-16`);
  });
});
