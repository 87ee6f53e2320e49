import type { StoredEvent } from './stored-event';

/** Events held back at most, over all streams, before they are let through out of order. */
export const DEFAULT_HOLD_LIMIT = 10_000;

/**
 * Puts each stream's events in revision order as they arrive in position order. In an untouched
 * store the two orders agree and nothing is held. When revisions were swapped in the storage, the
 * later-numbered event waits for the earlier one, so the chain verifier sees the swap as the swap
 * it is instead of a gap. A gap that never fills (a deleted event) is let through at the end, or
 * when more than `holdLimit` events wait, so memory stays bounded.
 */
export const createRevisionOrder = (emit: (event: StoredEvent) => void, holdLimit = DEFAULT_HOLD_LIMIT) => {
  const nextRevision = new Map<string, bigint>();
  const held = new Map<string, StoredEvent[]>();
  let heldCount = 0;

  const passOn = (event: StoredEvent): void => {
    emit(event);
    const next = nextRevision.get(event.streamName) ?? 0n;
    if (event.revision >= next) nextRevision.set(event.streamName, event.revision + 1n);
  };

  const release = (streamName: string): void => {
    const waiting = held.get(streamName) ?? [];
    let ready = 0;
    for (const event of waiting) {
      if (event.revision > (nextRevision.get(streamName) ?? 0n)) break;
      passOn(event);
      ready += 1;
    }
    heldCount -= ready;
    if (ready === waiting.length) held.delete(streamName);
    else held.set(streamName, waiting.slice(ready));
  };

  const flush = (): void => {
    for (const waiting of held.values()) waiting.forEach(passOn);
    held.clear();
    heldCount = 0;
  };

  return {
    push: (event: StoredEvent): void => {
      if (event.revision <= (nextRevision.get(event.streamName) ?? 0n)) {
        passOn(event);
        release(event.streamName);
        return;
      }
      const waiting = held.get(event.streamName) ?? [];
      const at = waiting.findIndex((other) => other.revision > event.revision);
      held.set(event.streamName, at === -1 ? [...waiting, event] : [...waiting.slice(0, at), event, ...waiting.slice(at)]);
      heldCount += 1;
      if (heldCount > holdLimit) flush();
    },
    end: flush,
  };
};
