import type { ImitatedServerVersion } from './server-version';

/** What the handlers read of the stand-in's configuration; `appendDelayMs` may change while it runs. */
export interface StandInSettings {
  readonly version: ImitatedServerVersion;
  /** The server's clock: `created` of records it writes itself, and `$maxAge` on reads. */
  readonly clock: () => Date;
  /** How long each append waits before it is written, as a slow disk or a busy leader would make it. */
  appendDelayMs: number;
}

export const appendDelay = (settings: StandInSettings): Promise<void> =>
  settings.appendDelayMs <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, settings.appendDelayMs));
