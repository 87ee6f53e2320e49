/** Tells long-running calls (subscriptions) that the stand-in is stopping, so they let go of the store. */
export interface StopSignal {
  stopped(): boolean;
  onStop(listener: () => void): () => void;
  stop(): void;
}

export const createStopSignal = (): StopSignal => {
  let stopped = false;
  const listeners = new Set<() => void>();
  return {
    stopped: () => stopped,
    onStop: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      stopped = true;
      for (const listener of [...listeners]) {
        listener();
      }
      listeners.clear();
    },
  };
};
