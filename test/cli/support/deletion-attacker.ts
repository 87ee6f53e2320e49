import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENTS_FILE, READ_MODELS_FILE } from '@binaan/runtime';

/**
 * Deletes events from a closed SQLite store as someone with a database tool would, together with
 * the audit-log rows that recorded them, so that the audit log no longer misses them.
 */
export const deletionAttacker = (dataDir: string) => {
  const events = new Database(join(dataDir, EVENTS_FILE));
  const readModels = new Database(join(dataDir, READ_MODELS_FILE));
  const deletePositions = (positions: readonly number[]): void => {
    for (const position of positions) {
      events.prepare('DELETE FROM events WHERE position = ?').run(position);
      readModels.prepare('DELETE FROM audit_log_v1 WHERE position = ?').run(position);
    }
  };
  return {
    /** The newest event of the store, with its audit-log row. Returns its stream. */
    deleteNewestEvent: (): string => {
      const newest = events.prepare('SELECT position, stream_name FROM events ORDER BY position DESC LIMIT 1').get() as { position: number; stream_name: string };
      deletePositions([newest.position]);
      return newest.stream_name;
    },
    /** Every event of one stream, with their audit-log rows. */
    deleteStream: (streamName: string): void => {
      const positions = events.prepare('SELECT position FROM events WHERE stream_name = ?').pluck().all(streamName) as number[];
      deletePositions(positions);
    },
    /** What a careful attacker adds: the sequence counter and every projection checkpoint set back to the last event left. */
    coverTracks: (): void => {
      const last = (events.prepare('SELECT max(position) FROM events').pluck().get() as number | null) ?? 0;
      events.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'").run(last);
      readModels.prepare('UPDATE projection_state SET position = ? WHERE position > ?').run(last, last);
    },
    close: (): void => {
      events.close();
      readModels.close();
    },
  };
};
