import type { RecordedEvent } from './events';

export type SubscriptionItem =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  /** Sent once catch-up has reached the end of the store; live events follow. */
  | { readonly kind: 'caughtUp' };

/** A catch-up subscription: iterate it with `for await`; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<SubscriptionItem> {
  close(): Promise<void>;
}
