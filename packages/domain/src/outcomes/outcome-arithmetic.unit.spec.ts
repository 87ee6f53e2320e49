import { median, rate } from './outcome-arithmetic';

describe('median and rate', () => {
  it('median of odd and even counts; none of nothing', () => {
    expect([median([186, 30, 131, 93, 184]), median([30, 93, 131, 184]), median([])]).toEqual([131, 112, null]);
  });

  it('a rate with nothing to divide by is null, never zero', () => {
    expect([rate(3, 4), rate(0, 4), rate(0, 0)]).toEqual([0.75, 0, null]);
  });
});
