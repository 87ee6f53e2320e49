import type { ImitatedServerVersion } from './server-version';

/** What the handlers read of the stand-in's configuration; `appendDelayMs` may change while it runs. */
export interface StandInSettings {
  readonly version: ImitatedServerVersion;
  /** The server's clock: `created` of records it writes itself, and `$maxAge` on reads. */
  readonly clock: () => Date;
  /** How long each append waits before it is written, as a slow disk or a busy leader would make it. */
  appendDelayMs: number;
  /**
   * Armed by `crashAfterNextWrite`: run once, right after the next append is written and before its
   * reply goes out, as when a leader dies between replicating a write and acknowledging it.
   */
  crashAfterWrite: (() => void) | undefined;
}

/** Runs and disarms the crash armed for the write just made; true when the node has now crashed. */
export const crashedAfterWrite = (settings: StandInSettings): boolean => {
  const crash = settings.crashAfterWrite;
  if (crash === undefined) return false;
  settings.crashAfterWrite = undefined;
  crash();
  return true;
};

export const appendDelay = (settings: StandInSettings): Promise<void> =>
  settings.appendDelayMs <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, settings.appendDelayMs));
