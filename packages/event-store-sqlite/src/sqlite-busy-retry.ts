/** How long to keep retrying after busy_timeout: a lock held longer than this is a fault worth reporting. */
const RETRY_WINDOW_MS = 30_000;
const FIRST_DELAY_MS = 5;
const LONGEST_DELAY_MS = 250;

// Not `instanceof Error`: the native addon keeps the SqliteError class of the realm that first loaded it,
// so under jest (a realm per test file) or vm contexts its errors fail that check.
export const isBusy = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('SQLITE_BUSY');

const sleep = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

const retryWhileBusy = async <T>(attempt: () => T, started: number): Promise<T> => {
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, LONGEST_DELAY_MS)) {
    await sleep(delay / 2 + Math.random() * delay);
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() - started > RETRY_WINDOW_MS) throw error;
    }
  }
};

/**
 * Runs a write at once, or, when SQLite reports BUSY despite busy_timeout (which already waits for
 * another process's lock), retries with backoff and jitter for up to RETRY_WINDOW_MS.
 */
export const writeSoonAsUnlocked = <T>(attempt: () => T): T | Promise<T> => {
  const started = Date.now();
  try {
    return attempt();
  } catch (error) {
    if (!isBusy(error)) throw error;
    return retryWhileBusy(attempt, started);
  }
};
