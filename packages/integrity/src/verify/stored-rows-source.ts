import type { StoredEvent, StoredEventSource } from './stored-event';
import { StoredRow } from './stored-row';

/** A stored event whose data and metadata are still the stored text (the SQLite store reads them so). */
export interface StoredTextRow {
  readonly position: bigint;
  readonly streamName: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly dataText: string;
  readonly metadataText: string;
}

function* asStoredEvents(rows: Iterable<StoredTextRow>): Generator<StoredEvent> {
  for (const row of rows) {
    yield new StoredRow(row.position, row.streamName, row.revision, row.eventId, row.type, row.dataText, row.metadataText);
  }
}

/** Verification over rows read as text: each is parsed only if its stored text cannot prove its hash. */
export const storedRowsSource =
  (rows: (onlyStreams?: ReadonlySet<string>) => Iterable<StoredTextRow>): StoredEventSource =>
  (onlyStreams) =>
    asStoredEvents(rows(onlyStreams));
