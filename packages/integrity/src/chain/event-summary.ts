import type { JsonObject } from '@binaan/canonical-json';
import { CanonicalJsonError } from '@binaan/canonical-json';
import { computeEventHash, isEventHash } from './event-hash';

/** The event as the verifier reads it; a RecordedEvent is one. */
export interface VerifiableEvent {
  readonly id?: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/** How far from its stored revision the verifier looks for the revision a moved event was hashed at. */
export const MOVED_EVENT_SEARCH_DISTANCE = 16n;

export type ContentCheck =
  | { readonly kind: 'intact' }
  | { readonly kind: 'modified'; readonly reason: string }
  | { readonly kind: 'moved'; readonly recordedRevision: bigint };

/** What the verifier keeps of an event while it waits for the next one: no data, O(1) size. */
export interface EventSummary {
  readonly revision: bigint;
  readonly eventId: string | undefined;
  readonly storedHash: string | undefined;
  readonly prevHash: string | undefined;
  readonly content: ContentCheck;
}

const eventIdOf = (event: VerifiableEvent): string | undefined => {
  const fromMetadata = event.metadata['eventId'];
  return event.id ?? (typeof fromMetadata === 'string' ? fromMetadata : undefined);
};

const hashesAt = (event: VerifiableEvent, revision: bigint, storedHash: string): boolean =>
  computeEventHash({ ...event, revision }) === storedHash;

const findRecordedRevision = (event: VerifiableEvent, storedHash: string): bigint | undefined => {
  for (let distance = 1n; distance <= MOVED_EVENT_SEARCH_DISTANCE; distance += 1n) {
    const candidates = [event.revision - distance, event.revision + distance].filter((revision) => revision >= 0n);
    const match = candidates.find((revision) => hashesAt(event, revision, storedHash));
    if (match !== undefined) {
      return match;
    }
  }
  return undefined;
};

const checkContent = (event: VerifiableEvent, storedHash: string | undefined): ContentCheck => {
  if (storedHash === undefined) {
    return { kind: 'modified', reason: 'metadata.hash is absent or not 64 lower-case hex digits' };
  }
  try {
    if (hashesAt(event, event.revision, storedHash)) {
      return { kind: 'intact' };
    }
    const recordedRevision = findRecordedRevision(event, storedHash);
    return recordedRevision === undefined
      ? { kind: 'modified', reason: 'the stored hash does not match the content' }
      : { kind: 'moved', recordedRevision };
  } catch (error) {
    if (error instanceof CanonicalJsonError) {
      return { kind: 'modified', reason: `the content is not canonical JSON (${error.message})` };
    }
    throw error;
  }
};

export const summariseEvent = (event: VerifiableEvent): EventSummary => {
  const storedHash = event.metadata['hash'];
  const prevHash = event.metadata['prevHash'];
  const validStoredHash = isEventHash(storedHash) ? storedHash : undefined;
  return {
    revision: event.revision,
    eventId: eventIdOf(event),
    storedHash: validStoredHash,
    prevHash: isEventHash(prevHash) ? prevHash : undefined,
    content: checkContent(event, validStoredHash),
  };
};
