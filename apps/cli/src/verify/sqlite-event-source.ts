import Database from 'better-sqlite3';
import { UserError } from '../cli/user-error';
import type { StoredEvent, StoredEventSource } from './stored-event';
import { StoredRow } from './stored-row';

/** The version of the `events` table this reader knows (the SQLite adapter's `user_version`). */
const KNOWN_SCHEMA_VERSION = 1;

/** Beyond this many streams, the second pass reads every row and keeps theirs. */
const LARGEST_IN_LIST = 500;

type Row = [position: bigint, streamName: string, revision: bigint, eventId: string, type: string, data: string, metadata: string];

const COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata';

function* storedEvents(rows: IterableIterator<Row>, keep: (streamName: string) => boolean): Generator<StoredEvent> {
  for (const [position, streamName, revision, id, type, data, metadata] of rows) {
    if (type.charCodeAt(0) === 36 || !keep(streamName)) continue;
    yield new StoredRow(position, streamName, revision, id, type, data, metadata);
  }
}

/**
 * Reads the events table of the embedded store directly, read-only, as documented in the README of
 * @binaan/event-store. Verification must see the rows as stored, must not write to a copy an
 * auditor was given (opening through the adapter prepares the file), and must keep up with a raw
 * read of the rows: data and metadata stay text until something needs them parsed (stored-row.ts).
 */
export const openSqliteEventSource = (file: string): { readonly source: StoredEventSource; readonly close: () => void } => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.defaultSafeIntegers(true);
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version !== KNOWN_SCHEMA_VERSION) {
    db.close();
    throw new UserError(
      `the store file ${file} has events-table version ${version}; this binaan reads version ${KNOWN_SCHEMA_VERSION}`,
      'Use the binaan that came with the version of Binaan that wrote the store',
    );
  }
  const source: StoredEventSource = (onlyStreams) => {
    if (onlyStreams === undefined) {
      return storedEvents(db.prepare(`SELECT ${COLUMNS} FROM events ORDER BY position`).raw(true).iterate() as IterableIterator<Row>, () => true);
    }
    const names = [...onlyStreams];
    if (names.length === 0) return [];
    if (names.length > LARGEST_IN_LIST) {
      return storedEvents(db.prepare(`SELECT ${COLUMNS} FROM events ORDER BY position`).raw(true).iterate() as IterableIterator<Row>, (name) => onlyStreams.has(name));
    }
    const placeholders = names.map(() => '?').join(', ');
    const rows = db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_name IN (${placeholders}) ORDER BY position`).raw(true).iterate(...names);
    return storedEvents(rows as IterableIterator<Row>, () => true);
  };
  return { source, close: () => db.close() };
};
