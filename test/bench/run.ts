/**
 * `npm run bench [-- --quick] [-- --only NAME]`: runs every benchmark module in this folder, each in
 * its own child process (so peak RSS is per benchmark), and prints one JSON object per line. The
 * national-scale bench runs with --quick (at its quick size) or when named with --only
 * (`npm run bench:national -- --events N`), not in the full run. Every argument is passed on to the
 * benchmark modules.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const modules = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only === undefined || file.startsWith(only))
  .filter((file) => quick || only !== undefined || !file.startsWith('national-scale'))
  .sort();

let failed = 0;
for (const file of modules) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'run-one.ts'), join(__dirname, file), quick ? '--quick' : '--full', ...args],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (child.status !== 0) {
    failed += 1;
    process.stderr.write(`bench ${file} failed with exit code ${child.status}\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
