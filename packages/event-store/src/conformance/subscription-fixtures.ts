import type { Subscription, SubscriptionItem } from '../port/subscription';

const ITEM_TIMEOUT_MS = 5_000;

/** The next item, or a failure naming the wait, so a broken subscription fails its test instead of hanging it. */
export const nextItem = async (iterator: AsyncIterator<SubscriptionItem>): Promise<SubscriptionItem> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no subscription item within ${ITEM_TIMEOUT_MS} ms`)), ITEM_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done === true) throw new Error('the subscription ended early');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
};

/** Items as short labels: an event's id, or 'caughtUp'. */
export const takeLabels = async (iterator: AsyncIterator<SubscriptionItem>, count: number): Promise<readonly string[]> => {
  const labels: string[] = [];
  while (labels.length < count) {
    const item = await nextItem(iterator);
    labels.push(item.kind === 'event' ? item.event.id : 'caughtUp');
  }
  return labels;
};

export const iteratorOf = (subscription: Subscription): AsyncIterator<SubscriptionItem> =>
  subscription[Symbol.asyncIterator]();

/** Resolves true if the iteration ends within the time allowed. */
export const endsWithin = async (iteration: Promise<unknown>, milliseconds: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), milliseconds);
  });
  try {
    return await Promise.race([iteration.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
};
