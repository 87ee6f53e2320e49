import { describe, expect, it } from '@jest/globals';
import { createChangeSignal } from './change-signal';

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('createChangeSignal', () => {
  it('a waiter that saw an older version is woken at once', async () => {
    const signal = createChangeSignal();
    const seen = signal.version();
    signal.notify();
    expect(await settled(signal.waitForChange(seen).changed)).toBe(true);
  });

  it('a waiter waits for the next notify, or its timeout, or cancel', async () => {
    const signal = createChangeSignal();
    const notified = signal.waitForChange(signal.version());
    expect(await settled(notified.changed)).toBe(false);
    signal.notify();
    expect(await settled(notified.changed)).toBe(true);
    const timed = signal.waitForChange(signal.version(), 5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await settled(timed.changed)).toBe(true);
    const cancelled = signal.waitForChange(signal.version());
    cancelled.cancel();
    expect(await settled(cancelled.changed)).toBe(true);
  });
});
