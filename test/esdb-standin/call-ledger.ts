/** The Streams methods the stand-in serves. */
export type StreamsMethod = 'read' | 'append' | 'batchAppend' | 'delete' | 'tombstone';

/** Where a subscription to $all began: from the start, from the end, or after the commit position sent. */
export type AllSubscriptionStart = 'start' | 'end' | bigint;

/** What tests may observe of the traffic: which methods the client chose, and subscriptions still held. */
export interface CallLedger {
  calls(): Readonly<Record<StreamsMethod, number>>;
  openSubscriptions(): number;
  /** Counts a call to `method` before the handler runs. */
  counted<Handler extends (...args: never[]) => void>(method: StreamsMethod, handler: Handler): Handler;
  /** Marks a subscription as open until the returned function is called. */
  subscriptionOpened(): () => void;
  allSubscriptionStarted(from: AllSubscriptionStart): void;
  allSubscriptionStarts(): readonly AllSubscriptionStart[];
}

export const createCallLedger = (): CallLedger => {
  const calls: Record<StreamsMethod, number> = { read: 0, append: 0, batchAppend: 0, delete: 0, tombstone: 0 };
  let subscriptions = 0;
  const allStarts: AllSubscriptionStart[] = [];
  return {
    allSubscriptionStarted: (from) => {
      allStarts.push(from);
    },
    allSubscriptionStarts: () => [...allStarts],
    calls: () => ({ ...calls }),
    openSubscriptions: () => subscriptions,
    counted: <Handler extends (...args: never[]) => void>(method: StreamsMethod, handler: Handler): Handler =>
      ((...args: Parameters<Handler>) => {
        calls[method] += 1;
        handler(...args);
      }) as Handler,
    subscriptionOpened: () => {
      subscriptions += 1;
      let closed = false;
      return () => {
        if (!closed) {
          closed = true;
          subscriptions -= 1;
        }
      };
    },
  };
};
