import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';

export interface WorkerProcess {
  readonly stop: () => Promise<void>;
}

const stopTimeoutMs = 10_000;

/**
 * The worker's entry: beside the compiled main.js when this process runs the build (`npm start`), else
 * its TypeScript source, which the child runs with this process's loader flags (tsx).
 */
const workerEntry = (): string => {
  const running = process.argv[1] ?? '';
  const compiled = join(dirname(running), 'projection-worker.js');
  return running.endsWith('.js') && existsSync(compiled) ? compiled : join(__dirname, '..', 'projection-worker.ts');
};

/** Runs the projections in a child process on the same stores, asked to stop with SIGTERM so it stores its checkpoints first. */
export const startProjectionWorker = (args: readonly string[], logger: Logger): WorkerProcess => {
  const child: ChildProcess = fork(workerEntry(), [...args], { stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => logger.info({ code, signal }, 'projection worker exited'));
  return {
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
};
