import type { ChildProcess } from 'node:child_process';

/** A child process whose output (stdout and stderr together) a test waits on. */
export interface WatchedProcess {
  readonly child: ChildProcess;
  /** Resolves when the process has printed a line holding `text`; rejects if it exits first. */
  printed(text: string): Promise<void>;
  output(): string;
  /** The exit code (null when a signal ended it). */
  exited(): Promise<number | null>;
}

export const watchProcess = (child: ChildProcess, name: string): WatchedProcess => {
  let output = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wait of waiting.filter((candidate) => output.includes(candidate.text))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    printed: (text) =>
      output.includes(text)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiting.push({ text, resolve })),
            exit.then((code) => Promise.reject(new Error(`${name} exited (${code}) before printing "${text}":\n${output}`))),
          ]),
    output: () => output,
    exited: () => exit,
  };
};

/** Polls `holds` every 200 ms until it is true; fails after `timeoutMs` (a guard against a hang, not a pace). */
export const eventually = async (holds: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await holds())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
