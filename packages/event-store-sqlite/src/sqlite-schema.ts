import type { Database } from 'better-sqlite3';

/** The version of the events table this adapter writes (`PRAGMA user_version`). */
export const SCHEMA_VERSION = 1;

/**
 * One table holds every record in position order: appended events and the records deletes write, as
 * EventStoreDB does (`$metadata` in `$$<stream>`, `$streamDeleted` at revision 2^63-1), so a stream's
 * state is two index look-ups and an append writes nothing but its events. The README documents it.
 */
const CREATE_TABLES = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_name TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    event_id    TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    created     INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS events_by_stream_revision ON events (stream_name, revision);
`;

export type Synchronous = 'full' | 'normal';

export interface ConnectionSettings {
  readonly busyTimeoutMs: number;
  readonly synchronous: Synchronous;
}

/** Sets up a connection and creates the tables once; safe when several processes open the file together. */
export const prepareDatabase = (db: Database, settings: ConnectionSettings): void => {
  db.pragma(`busy_timeout = ${settings.busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${settings.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.defaultSafeIntegers(true);
  db.transaction(() => {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new Error(`the event store file has schema version ${version}; this adapter knows up to ${SCHEMA_VERSION}`);
    }
    db.exec(CREATE_TABLES);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
};
