// Mutation testing of the rule files: `npm run mutate` (not part of `npm test`; see docs/testing.md).
// One file while working on it: `npm run mutate -- --mutate packages/domain/src/outcomes/small-group.ts`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

/**
 * The unit specs that exercise the rule files, run in Stryker's sandbox. Every path is relative to
 * `<rootDir>` (the sandbox), never to this checkout: the shared jest preset resolves its paths from
 * its own folder, which would test the unmutated sources.
 */
const jestConfig = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages/domain/src', '<rootDir>/packages/testing/src', '<rootDir>/packages/projections/src'],
  testMatch: ['**/*.unit.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.base.json', diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  reporters: ['default'],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  mutate: [
    'packages/domain/src/participant/*.ts',
    'packages/domain/src/milestones/*.ts',
    'packages/domain/src/outcomes/*.ts',
    'packages/projections/src/read-models/programme-outcomes/*.ts',
    '!**/*.spec.ts',
    '!**/index.ts',
  ],
  testRunner: 'jest',
  jest: { projectType: 'custom', config: jestConfig, enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  // The checker drops mutants that do not compile, so the score counts only type-checked mutants.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // The machine is shared: one test process, one checker.
  concurrency: 1,
  // A mutant is a timeout only past 20 s plus its tests' own time: on a loaded machine the default 5 s
  // turned slow runs into timeouts, which count as killed.
  timeoutMS: 20_000,
  // Only what the specs and the checker need is copied into the sandbox.
  ignorePatterns: ['apps', 'libs', 'test', 'docs', 'data', 'tmp', 'reports', 'coverage', '**/dist'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
