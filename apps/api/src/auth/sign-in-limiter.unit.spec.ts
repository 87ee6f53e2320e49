import { createSignInLimiter } from './sign-in-limiter';

describe('the sign-in limiter', () => {
  it('allows ten failures within 15 minutes, then says how long to wait until the oldest of them has aged out', () => {
    let now = 0;
    const limiter = createSignInLimiter({ maxFailures: 10, windowMs: 15 * 60_000 }, () => now);
    for (let failure = 0; failure < 10; failure += 1) {
      expect(limiter.retryAfterSeconds('sri.w|10.0.0.1')).toBe(0);
      limiter.recordFailure('sri.w|10.0.0.1');
      now += 60_000;
    }
    // The first failure was at 0 and ages out at 15 minutes; it is now 10 minutes.
    expect(limiter.retryAfterSeconds('sri.w|10.0.0.1')).toBe(5 * 60);
    expect(limiter.retryAfterSeconds('sri.w|10.0.0.2')).toBe(0);
    now = 15 * 60_000 + 1;
    expect(limiter.retryAfterSeconds('sri.w|10.0.0.1')).toBe(0);
  });

  it('forgets the failures of a key once it signs in', () => {
    const limiter = createSignInLimiter({ maxFailures: 2, windowMs: 60_000 }, () => 0);
    limiter.recordFailure('k');
    limiter.recordSuccess('k');
    limiter.recordFailure('k');
    expect(limiter.retryAfterSeconds('k')).toBe(0);
    limiter.recordFailure('k');
    expect(limiter.retryAfterSeconds('k')).toBe(60);
  });
});
