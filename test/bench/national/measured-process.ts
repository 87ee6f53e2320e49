import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredProcess {
  readonly seconds: number;
  readonly rssMb: number;
  readonly status: number | null;
  readonly stdout: string;
}

/**
 * Runs a command to its end under GNU time, for a program measured as it is run (e.g. `binaan
 * verify`): wall seconds from here, start-up included, and the process's peak RSS as time reports it.
 */
export const measuredProcess = (command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): MeasuredProcess => {
  const folder = mkdtempSync(join(tmpdir(), 'binaan-bench-time-'));
  try {
    const report = join(folder, 'time.txt');
    const started = process.hrtime.bigint();
    const child = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    return { seconds, rssMb: Number((Number(lines[lines.length - 1]) / 1024).toFixed(1)), status: child.status, stdout: child.stdout };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};
