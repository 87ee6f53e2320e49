import { median, rate } from './outcome-arithmetic';

describe('median and rate', () => {
  it('median of odd and even counts; none of nothing', () => {
    expect([median([186, 30, 131, 93, 184]), median([30, 93, 131, 184]), median([])]).toEqual([131, 112, null]);
  });

  it('a rate with nothing to divide by is null, never zero', () => {
    expect([rate(3, 4), rate(0, 4), rate(0, 0)]).toEqual([0.75, 0, null]);
  });
});

describe('median', () => {
  it('orders the values by size, whatever order they come in', () => {
    expect([median([10, 1, 2]), median([5, 1, 3]), median([9, 1, 8, 2, 7]), median([40, 10, 30, 20])]).toEqual([2, 3, 7, 25]);
  });

  it('leaves the values it was given in their order', () => {
    const values = [186, 30, 131];
    median(values);
    expect(values).toEqual([186, 30, 131]);
  });
});
