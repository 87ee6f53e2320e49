// A jest reporter that adds each project's totals to tmp/test-counts.jsonl, so `npm test` can end with
// one line for the whole workspace (scripts/test-counts.cjs).
const { appendFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const countsFile = join(__dirname, '..', 'tmp', 'test-counts.jsonl');

class CountReporter {
  onRunComplete(_contexts, results) {
    mkdirSync(join(countsFile, '..'), { recursive: true });
    const line = {
      project: results.testResults[0]?.displayName?.name ?? 'unknown',
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    appendFileSync(countsFile, `${JSON.stringify(line)}\n`);
  }
}

module.exports = CountReporter;
