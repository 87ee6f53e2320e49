#!/usr/bin/env node
// `reset` before the test run; `report` after it prints the workspace total as "N passed, N failed".
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const countsFile = join(__dirname, '..', 'tmp', 'test-counts.jsonl');

if (process.argv[2] === 'reset') {
  rmSync(countsFile, { force: true });
} else {
  const lines = existsSync(countsFile) ? readFileSync(countsFile, 'utf8').trim().split('\n').filter(Boolean) : [];
  const totals = lines.map((line) => JSON.parse(line)).reduce(
    (sum, project) => ({
      passed: sum.passed + project.passed,
      failed: sum.failed + project.failed,
      skipped: sum.skipped + project.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  process.stdout.write(`\nworkspace: ${lines.length} jest projects\n`);
  process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  if (lines.length === 0 || totals.failed > 0) process.exitCode = 1;
}
