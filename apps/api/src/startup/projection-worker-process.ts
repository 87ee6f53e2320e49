import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Logger } from 'pino';

export interface WorkerProcess {
  readonly stop: () => Promise<void>;
}

const stopTimeoutMs = 10_000;

/**
 * Runs the projections in a child process on the same stores. It is started with this process's
 * loader flags (tsx), and asked to stop with SIGTERM so it stores its checkpoints first.
 */
export const startProjectionWorker = (args: readonly string[], logger: Logger): WorkerProcess => {
  const child: ChildProcess = fork(join(__dirname, '..', 'projection-worker.ts'), [...args], { stdio: 'inherit' });
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
