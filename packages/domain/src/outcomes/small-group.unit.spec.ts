import { isSmallGroup, SMALL_GROUP_THRESHOLD } from './small-group';

describe('a small group', () => {
  it('is one of fewer than ten people', () => {
    expect(SMALL_GROUP_THRESHOLD).toBe(10);
    expect([0, 1, 9].map(isSmallGroup)).toEqual([true, true, true]);
  });

  it('is not one of exactly ten people, nor of more', () => {
    expect([10, 11, 300].map(isSmallGroup)).toEqual([false, false, false]);
  });
});
