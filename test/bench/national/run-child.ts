/**
 * The two ends of a measurement that runs in a process of its own (so its peak RSS is its own):
 * `runChild` in the child prints what its work returns as one JSON line; `spawnChild` in the bench
 * starts a child module under tsx and parses that line.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

type Json = Record<string, unknown>;

export const runChild = (work: (args: readonly string[]) => Promise<Json>): void => {
  work(process.argv.slice(2))
    .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
};

export const spawnChild = <T extends Json>(module: string, args: readonly string[]): T => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, module), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${module} failed with exit code ${child.status}`);
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
};
