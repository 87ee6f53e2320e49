import type { Database, Statement } from 'better-sqlite3';

/** position, stream_name, revision, event_id, type, data, metadata, created (ms since the epoch). */
export type EventRow = readonly [bigint, string, bigint, string, string, string, string, bigint];

const COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata, created';

/**
 * readAllByStream's page: a keyset search of the stream index after (stream, revision). INDEXED BY: the
 * planner could otherwise scan by position and sort the whole log; with it, a query the index cannot
 * serve is an error when prepared, not a slow read.
 */
export const BY_STREAM_FORWARDS = `SELECT ${COLUMNS} FROM events INDEXED BY events_by_stream_revision
  WHERE (stream_name, revision) > (?, ?) AND position <= ? ORDER BY stream_name, revision LIMIT ?`;

/** Every statement the adapter runs, prepared once per connection and returning raw rows of bigints. */
export interface SqliteStatements {
  readonly lastRevision: Statement<[string], bigint>;
  /** A stream's last revision and its metastream's last data, in one step: every append asks both. */
  readonly streamState: Statement<[string, string], readonly [bigint | null, string | null]>;
  readonly eventById: Statement<[string, string], readonly [bigint, bigint]>;
  readonly eventAt: Statement<[string, bigint], readonly [string, bigint]>;
  readonly insertEvent: Statement<[string, bigint, string, string, string, string, number]>;
  readonly streamForwards: Statement<[string, bigint, bigint, number], EventRow>;
  readonly streamBackwards: Statement<[string, bigint, bigint, number], EventRow>;
  readonly allForwards: Statement<[bigint, number], EventRow>;
  readonly allBackwards: Statement<[bigint, number], EventRow>;
  /** After (stream, revision), up to a position, in the order of the stream index. */
  readonly byStreamForwards: Statement<[string, bigint, bigint, number], EventRow>;
  readonly headPosition: Statement<[], bigint | null>;
}

export const prepareStatements = (db: Database): SqliteStatements => {
  const raw = <P extends unknown[], R>(sql: string) => db.prepare<P, R>(sql).raw(true);
  const single = <P extends unknown[], R>(sql: string) => db.prepare<P, R>(sql).pluck(true);
  return {
    lastRevision: single('SELECT revision FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1'),
    streamState: raw(
      `SELECT (SELECT revision FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1),
              (SELECT data FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1)`,
    ),
    eventById: raw(
      'SELECT revision, position FROM events WHERE stream_name = ? AND event_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    eventAt: raw('SELECT event_id, position FROM events WHERE stream_name = ? AND revision = ?'),
    insertEvent: db.prepare(
      `INSERT INTO events (stream_name, revision, event_id, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    streamForwards: raw(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND revision >= ? AND revision <= ? ORDER BY revision LIMIT ?`,
    ),
    streamBackwards: raw(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND revision <= ? AND revision >= ? ORDER BY revision DESC LIMIT ?`,
    ),
    allForwards: raw(`SELECT ${COLUMNS} FROM events WHERE position >= ? ORDER BY position LIMIT ?`),
    allBackwards: raw(`SELECT ${COLUMNS} FROM events WHERE position < ? ORDER BY position DESC LIMIT ?`),
    byStreamForwards: raw(BY_STREAM_FORWARDS),
    headPosition: single('SELECT max(position) FROM events'),
  };
};
