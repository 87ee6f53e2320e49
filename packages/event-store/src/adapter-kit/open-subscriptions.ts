import type { Subscription } from '../port/subscription';

/** The subscriptions a store has handed out, so closing the store ends them all. */
export interface OpenSubscriptions {
  open(create: (onClose: () => void) => Subscription): Subscription;
  closeAll(): Promise<void>;
}

export const createOpenSubscriptions = (): OpenSubscriptions => {
  const subscriptions = new Set<Subscription>();
  return {
    open: (create) => {
      const subscription: Subscription = create(() => subscriptions.delete(subscription));
      subscriptions.add(subscription);
      return subscription;
    },
    closeAll: async () => {
      await Promise.all([...subscriptions].map((subscription) => subscription.close()));
    },
  };
};
