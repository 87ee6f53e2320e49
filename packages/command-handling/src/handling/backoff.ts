/** Full-jitter exponential backoff before retrying a command that lost a concurrency race. */
export const backoffDelayMs = (attempt: number, baseMs = 2, capMs = 100): number =>
  Math.random() * Math.min(capMs, baseMs * 2 ** attempt);

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
