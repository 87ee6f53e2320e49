import { CanonicalJsonError } from '@binaan/canonical-json';
import { computeEventHash } from '../chain/event-hash';
import type { StoredEvent } from './stored-event';

/**
 * The event's hash recomputed from its parsed values, with the event store's own encoder (which
 * writes already-ordered values natively, so this costs about a JSON.stringify). Undefined where
 * the canonical encoder refuses the content (a lone surrogate): the exact verifier calls such an
 * event modified, and it goes there to be named.
 */
export const quickEventHash = (event: StoredEvent): string | undefined => {
  try {
    return computeEventHash(event);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return undefined;
    throw error;
  }
};
