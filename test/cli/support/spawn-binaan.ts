import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BinaanRun } from './run-binaan';

const BIN = join(__dirname, '..', '..', '..', 'apps', 'cli', 'bin', 'binaan.js');

/** Runs the real `binaan` executable in a child process, as a user at a shell would. */
export const spawnBinaan = (args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<BinaanRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
