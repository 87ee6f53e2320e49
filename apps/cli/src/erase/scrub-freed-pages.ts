import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { KEYS_FILE, READ_MODELS_FILE } from '@binaan/runtime';

/** What became of one file: rewritten without free pages, or why not. */
export type ScrubOutcome =
  | { readonly file: string; readonly scrubbed: true }
  | { readonly file: string; readonly scrubbed: false; readonly reason: string };

/**
 * SQLite leaves a deleted row's bytes in free pages and in the write-ahead log until they happen to
 * be reused. The read models held her name and registration number in clear, and the key store her
 * wrapped data key, so after an erasure both files are rewritten (VACUUM) and their logs emptied
 * (a truncating checkpoint before and after). The events file holds only sealed envelopes, which
 * the deleted key leaves unreadable, and is never rewritten: its rows are the history.
 */
export const scrubFreedPages = (dataDir: string): readonly ScrubOutcome[] =>
  [READ_MODELS_FILE, KEYS_FILE]
    .map((name) => path.join(dataDir, name))
    .filter((file) => fs.existsSync(file))
    .map((file): ScrubOutcome => {
      let db: Database.Database | undefined;
      try {
        db = new Database(file);
        db.pragma('busy_timeout = 5000');
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.exec('VACUUM');
        db.pragma('wal_checkpoint(TRUNCATE)');
        return { file, scrubbed: true };
      } catch (error) {
        return { file, scrubbed: false, reason: error instanceof Error ? error.message : String(error) };
      } finally {
        db?.close();
      }
    });
