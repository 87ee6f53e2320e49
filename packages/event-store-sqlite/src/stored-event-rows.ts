import Database from 'better-sqlite3';
import { isSystemType } from '@binaan/event-store/adapter-kit';
import { SCHEMA_VERSION } from './sqlite-schema';

/** A row of the events table as stored: data and metadata stay the text that was written. */
export interface StoredEventRow {
  readonly position: bigint;
  readonly streamName: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly dataText: string;
  readonly metadataText: string;
}

/** The file was written by a version of the adapter whose table this one does not know. */
export class UnknownSchemaVersionError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
  ) {
    super(`the store file ${file} has events-table version ${found}; this adapter reads version ${SCHEMA_VERSION}`);
    this.name = 'UnknownSchemaVersionError';
  }
}

/** Beyond this many streams, every row is read and theirs are kept here. */
const LARGEST_IN_LIST = 500;

type RawRow = [position: bigint, streamName: string, revision: bigint, eventId: string, type: string, data: string, metadata: string];

const COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata';

function* visibleRows(rows: IterableIterator<RawRow>, keep: (streamName: string) => boolean): Generator<StoredEventRow> {
  for (const [position, streamName, revision, eventId, type, dataText, metadataText] of rows) {
    if (isSystemType(type) || !keep(streamName)) continue;
    yield { position, streamName, revision, eventId, type, dataText, metadataText };
  }
}

export interface StoredEventRows {
  /** Every event in position order, or only those of the given streams; the records deletes write are left out. */
  readonly rows: (onlyStreams?: ReadonlySet<string>) => Iterable<StoredEventRow>;
  readonly close: () => void;
}

/**
 * Reads the events table directly and read-only, without parsing: for verification, which must see
 * the rows exactly as stored, must not write to a copy an auditor was given (opening through the
 * adapter prepares the file), and hashes the stored text itself.
 */
export const openStoredEventRows = (file: string): StoredEventRows => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.defaultSafeIntegers(true);
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new UnknownSchemaVersionError(file, version);
  }
  const everyRow = (): IterableIterator<RawRow> => db.prepare(`SELECT ${COLUMNS} FROM events ORDER BY position`).raw(true).iterate() as IterableIterator<RawRow>;
  const rows = (onlyStreams?: ReadonlySet<string>): Iterable<StoredEventRow> => {
    if (onlyStreams === undefined) return visibleRows(everyRow(), () => true);
    const names = [...onlyStreams];
    if (names.length === 0) return [];
    if (names.length > LARGEST_IN_LIST) return visibleRows(everyRow(), (name) => onlyStreams.has(name));
    const placeholders = names.map(() => '?').join(', ');
    const selected = db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_name IN (${placeholders}) ORDER BY position`).raw(true).iterate(...names);
    return visibleRows(selected as IterableIterator<RawRow>, () => true);
  };
  return { rows, close: () => db.close() };
};
