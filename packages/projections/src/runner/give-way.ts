/**
 * Lets the event loop take a turn. Over SQLite every read and write of a batch completes without waiting
 * on I/O, so a catch-up is one unbroken chain of promises: nothing else in the process (a request to the
 * API beside it, a timer, a progress bar) runs until it ends. The runner calls this after each batch, and a
 * rebuild after each commit.
 */
export const giveWay = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
