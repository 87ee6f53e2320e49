/**
 * - `modified`: the stored hash does not match the event's content (or is absent).
 * - `chain_broken`: the event's content matches its hash, but its prevHash is not the previous event's hash.
 * - `missing`: revisions are absent before this one (`revision` is the first absent one).
 * - `reordered`: a revision read after a later one, or content that hashes correctly only at another revision.
 * - `inserted`: an event that does not belong: a second event for a revision already taken, or an
 *   event with a consistent hash that links to nothing while the next event links past it.
 */
export type ChainBreakKind = 'modified' | 'chain_broken' | 'missing' | 'reordered' | 'inserted';

export interface ChainBreak {
  readonly streamName: string;
  readonly revision: bigint;
  readonly kind: ChainBreakKind;
  /** The event the break is about; absent for `missing`. */
  readonly eventId?: string;
  /** For people: what was seen. Holds revisions and hashes only, never event data. */
  readonly detail: string;
}
