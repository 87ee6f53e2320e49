#!/usr/bin/env node
// Runs before `npm start` and `npm test`: on a fresh clone (or after the lockfile changed) it installs
// the dependencies from the lockfile first, so each README command is all the set-up. Plain Node only:
// nothing is installed yet when it runs.
//
// It decides by the lockfile's content, not by file times: a clone's files all carry the time of the
// checkout, so times say nothing about whether node_modules was installed from this lockfile. A link to
// another checkout's node_modules counts as installed when that install came from the same lockfile.
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const lockfile = join(root, 'package-lock.json');
const installedFrom = join(root, 'node_modules', '.binaan-lockfile.sha256');

const lockHash = createHash('sha256').update(readFileSync(lockfile)).digest('hex');
const record = () => writeFileSync(installedFrom, `${lockHash}\n`);

// `npm ci` and `npm install` call this with --record when they finish (the root postinstall script).
if (process.argv.includes('--record')) {
  record();
  process.exit(0);
}

const upToDate = existsSync(installedFrom) && readFileSync(installedFrom, 'utf8').trim() === lockHash;
if (!upToDate) {
  process.stdout.write('binaan: installing dependencies from package-lock.json (npm ci)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('binaan: npm ci failed; see the output above.\n');
    process.exit(result.status ?? 1);
  }
  record();
}
