import type { Database } from 'better-sqlite3';
import { isBusy } from './sqlite-busy-retry';
import { prepareDatabase, type ConnectionSettings } from './sqlite-schema';

const LONGEST_PAUSE_MS = 50;

/** Blocks the thread for a moment: opening a store is synchronous, and this is its only wait. */
const pause = (milliseconds: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
};

/**
 * Sets up a new connection, retrying while SQLite answers SQLITE_BUSY, for up to the busy timeout.
 * Some of the set-up (the switch to WAL while another process is creating the same file) is refused
 * at once rather than waited for by `busy_timeout`; seen as "database is locked" when two processes
 * opened one new file together. Every step of the set-up is safe to repeat.
 */
export const prepareWhenUnlocked = (db: Database, settings: ConnectionSettings): void => {
  const giveUpAt = Date.now() + settings.busyTimeoutMs;
  for (let pauseMs = 1; ; pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS)) {
    try {
      prepareDatabase(db, settings);
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= giveUpAt) throw error;
    }
    pause(pauseMs / 2 + Math.random() * pauseMs);
  }
};
