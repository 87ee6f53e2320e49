import type { RecordedEvent } from '../port/events';
import type { Subscription, SubscriptionItem } from '../port/subscription';
import type { ChangeSignal } from './change-signal';

export interface CatchUpPage {
  /** The matching events, upcast, in position order. */
  readonly events: readonly RecordedEvent[];
  /** The last position scanned, matching or not, so the next page starts after it. */
  readonly lastScanned: bigint | undefined;
  /** True when the page reached the end of the store. */
  readonly reachedEnd: boolean;
}

export interface CatchUpSource {
  /** Records after `position` (exclusive), at most `limit` scanned. */
  readPage(position: bigint, limit: number): CatchUpPage;
  readonly changes: ChangeSignal;
  /** Also look for changes on this interval (other processes' writes); without it only `changes` wakes. */
  readonly pollIntervalMs?: number;
}

const PAGE_SIZE = 500;
const CAUGHT_UP: SubscriptionItem = { kind: 'caughtUp' };

/**
 * A catch-up subscription over any store whose positions only grow: it reads pages after the last
 * position it delivered, so catch-up turns into live without losing or repeating an event.
 */
export const createCatchUpSubscription = (
  source: CatchUpSource,
  afterPosition: bigint,
  /** Called once the subscription ends; may be called more than once. */
  onClose: () => void = () => undefined,
): Subscription => {
  let closed = false;
  let cancelWait: () => void = () => undefined;

  async function* items(): AsyncGenerator<SubscriptionItem> {
    let position = afterPosition;
    let caughtUp = false;
    try {
      while (!closed) {
        const seen = source.changes.version();
        const page = source.readPage(position, PAGE_SIZE);
        for (const event of page.events) {
          if (closed) return;
          yield { kind: 'event', event };
        }
        position = page.lastScanned ?? position;
        if (!page.reachedEnd || closed) continue;
        if (!caughtUp) {
          caughtUp = true;
          yield CAUGHT_UP;
        }
        const wait = source.changes.waitForChange(seen, source.pollIntervalMs);
        cancelWait = wait.cancel;
        await wait.changed;
      }
    } finally {
      closed = true;
      onClose();
    }
  }

  const iterator = items();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: async () => {
      closed = true;
      cancelWait();
      onClose();
      await iterator.return(undefined);
    },
  };
};
