#!/usr/bin/env node
// Runs before `npm start` and `npm test`: on a fresh clone (or after the lockfile changed) it installs
// the dependencies from the lockfile first, so each README command is all the set-up. Plain Node only:
// nothing is installed yet when it runs.
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const installedMarker = join(root, 'node_modules', '.package-lock.json');
const lockfile = join(root, 'package-lock.json');

const upToDate = existsSync(installedMarker) && statSync(installedMarker).mtimeMs >= statSync(lockfile).mtimeMs;
if (!upToDate) {
  process.stdout.write('binaan: installing dependencies from package-lock.json (npm ci)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('binaan: npm ci failed; see the output above.\n');
    process.exit(result.status ?? 1);
  }
}
