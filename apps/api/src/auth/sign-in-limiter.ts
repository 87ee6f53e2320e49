/** Failed sign-ins per username and address: 10 within 15 minutes, then 429 until the oldest of them is 15 minutes old. */
export interface SignInLimiter {
  /** Seconds to wait before trying again, or 0 when a try is allowed. */
  readonly retryAfterSeconds: (key: string) => number;
  readonly recordFailure: (key: string) => void;
  readonly recordSuccess: (key: string) => void;
}

export interface SignInLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export const defaultSignInLimits: SignInLimits = { maxFailures: 10, windowMs: 15 * 60 * 1000 };

const maxKeys = 100_000;

export const createSignInLimiter = (limits: SignInLimits = defaultSignInLimits, now: () => number = Date.now): SignInLimiter => {
  const failures = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const since = now() - limits.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    retryAfterSeconds: (key) => {
      const kept = recent(key);
      if (kept.length < limits.maxFailures) return 0;
      const oldest = kept[kept.length - limits.maxFailures] ?? now();
      return Math.max(1, Math.ceil((oldest + limits.windowMs - now()) / 1000));
    },
    recordFailure: (key) => {
      if (failures.size >= maxKeys && !failures.has(key)) failures.delete(failures.keys().next().value as string);
      failures.set(key, [...recent(key), now()]);
    },
    recordSuccess: (key) => {
      failures.delete(key);
    },
  };
};
