import type { JsonObject } from '@binaan/canonical-json';
import { readCanonicalMetadata, type CanonicalMetadata } from './canonical-metadata';
import type { StoredEvent, StoredText } from './stored-event';

/**
 * A row of the SQLite events table as verification sees it. Data and metadata are parsed only when
 * something asks for them: a stream whose stored text proves its hash (see stored-text-hash.ts) is
 * never parsed at all, which is most of the cost of verifying.
 */
export class StoredRow implements StoredEvent, StoredText {
  #data: JsonObject | undefined;
  #metadata: JsonObject | undefined;
  /** null until read; undefined when the text is not canonical. */
  #canonicalMetadata: CanonicalMetadata | undefined | null = null;

  constructor(
    readonly position: bigint,
    readonly streamName: string,
    readonly revision: bigint,
    readonly id: string,
    readonly type: string,
    readonly dataText: string,
    readonly metadataText: string,
  ) {}

  get data(): JsonObject {
    return (this.#data ??= JSON.parse(this.dataText) as JsonObject);
  }

  get metadata(): JsonObject {
    return (this.#metadata ??= JSON.parse(this.metadataText) as JsonObject);
  }

  /** The row is its own stored text: one object per row. */
  get storedText(): StoredText {
    return this;
  }

  /** Read once, whether by the chain check or the audit-log check. */
  get canonicalMetadata(): CanonicalMetadata | undefined {
    if (this.#canonicalMetadata === null) this.#canonicalMetadata = readCanonicalMetadata(this.metadataText);
    return this.#canonicalMetadata;
  }
}
