/** Runs tasks one after another: the runner's writers (live loop, catch-up, rebuild) never interleave. */
export const createSerialiser = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
};
