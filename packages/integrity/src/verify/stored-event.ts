import type { JsonObject } from '@binaan/canonical-json';
import type { CanonicalMetadata } from './canonical-metadata';

/**
 * An event's JSON as stored, for sources that read text (SQLite): lets verification hash the
 * stored bytes without parsing them.
 */
export interface StoredText {
  readonly dataText: string;
  /** The metadata text read without parsing; undefined when it is not canonical JSON with a plain string `hash`. */
  readonly canonicalMetadata: CanonicalMetadata | undefined;
}

/** An event as stored, as much as verification needs (a RecordedEvent is one). */
export interface StoredEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly type: string;
  /** May be parsed only when first read: a getter, so copy it by name, never by spreading the event. */
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly storedText?: StoredText;
}

/** `metadata.hash`, off the stored text when it can be read there (no parsing), else from the parsed metadata. */
export const storedHashOf = (event: StoredEvent): unknown => event.storedText?.canonicalMetadata?.hash ?? event.metadata['hash'];

/**
 * Where verification reads from: every event in position order, or only those of some streams.
 * System records (types starting with `$`) are left out, as the store's own reads leave them out.
 */
export type StoredEventSource = (onlyStreams?: ReadonlySet<string>) => Iterable<StoredEvent> | AsyncIterable<StoredEvent>;
