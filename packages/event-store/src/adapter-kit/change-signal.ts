/**
 * Tells waiting subscriptions that the store has changed. A waiter passes the version it saw before
 * reading, so a change between its read and its wait is never missed.
 */
export interface ChangeSignal {
  version(): number;
  notify(): void;
  /** Resolves once the version differs from `seen`, after `timeoutMs` if given, or when cancelled. */
  waitForChange(seen: number, timeoutMs?: number): { readonly changed: Promise<void>; cancel(): void };
}

export const createChangeSignal = (): ChangeSignal => {
  let version = 0;
  const waiters = new Set<() => void>();
  return {
    version: () => version,
    notify: () => {
      version += 1;
      for (const wake of [...waiters]) wake();
    },
    waitForChange: (seen, timeoutMs) => {
      let wake: () => void = () => undefined;
      const changed = new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        wake = () => {
          waiters.delete(wake);
          if (timer !== undefined) clearTimeout(timer);
          resolve();
        };
        if (seen !== version) return wake();
        waiters.add(wake);
        if (timeoutMs !== undefined) timer = setTimeout(wake, timeoutMs);
      });
      return { changed, cancel: () => wake() };
    },
  };
};
