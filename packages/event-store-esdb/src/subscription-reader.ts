import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';

export type ReaderStep =
  | { readonly kind: 'event'; readonly resolved: AllStreamResolvedEvent }
  | { readonly kind: 'confirmed' }
  | { readonly kind: 'caughtUp' }
  /** The server ended the call or it failed; `error` is undefined for a clean end. */
  | { readonly kind: 'dropped'; readonly error: unknown }
  | { readonly kind: 'closed' };

export interface SubscriptionReader {
  next(): Promise<ReaderStep>;
  /** Stops the call; a pending or later `next()` gives `closed`. Resolves once the call is cancelled. */
  close(): Promise<void>;
}

/**
 * Pulls one client subscription in the server's message order. The client raises `caughtUp` as an
 * event while earlier events may still sit in its read buffer, so the marker is placed by count:
 * everything pushed before `caughtUp` is what was already read plus what is still buffered (Node's
 * `read()` calls `_read` before taking the chunk out, so a chunk being read still counts as buffered).
 * Reading only synchronously, one chunk per step, keeps that count exact.
 */
export const readSubscription = (subscription: AllStreamSubscription): SubscriptionReader => {
  let consumed = 0;
  let caughtUpAfter: number | undefined;
  let confirmationPending = false;
  let failure: { readonly error: unknown } | undefined;
  let ended = false;
  let closed = false;
  let unsubscribed = Promise.resolve();
  let wake: () => void = () => undefined;

  const signal = (): void => {
    const pending = wake;
    wake = () => undefined;
    pending();
  };
  subscription.on('readable', signal);
  subscription.on('confirmation', () => {
    confirmationPending = true;
    signal();
  });
  subscription.on('caughtUp', () => {
    caughtUpAfter = consumed + subscription.readableLength;
    signal();
  });
  subscription.on('error', (error: unknown) => {
    failure ??= { error };
    signal();
  });
  subscription.on('end', () => {
    ended = true;
    signal();
  });

  const step = (): ReaderStep | undefined => {
    if (closed) {
      return { kind: 'closed' };
    }
    if (confirmationPending) {
      confirmationPending = false;
      return { kind: 'confirmed' };
    }
    if (caughtUpAfter !== undefined && consumed >= caughtUpAfter) {
      caughtUpAfter = undefined;
      return { kind: 'caughtUp' };
    }
    const resolved: AllStreamResolvedEvent | null = subscription.read();
    if (resolved !== null) {
      consumed += 1;
      return { kind: 'event', resolved };
    }
    if (failure !== undefined) {
      return { kind: 'dropped', error: failure.error };
    }
    return ended ? { kind: 'dropped', error: undefined } : undefined;
  };

  return {
    next: async () => {
      for (;;) {
        const ready = step();
        if (ready !== undefined) {
          return ready;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    close: () => {
      if (!closed) {
        closed = true;
        signal();
        unsubscribed = subscription.unsubscribe();
      }
      return unsubscribed;
    },
  };
};
