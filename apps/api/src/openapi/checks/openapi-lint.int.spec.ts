import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..', '..', '..', '..');

/** Redocly ships only ES modules, which jest cannot load, so the lint runs as its own Node process. */
const runLint = () =>
  spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), '--tsconfig', 'apps/api/tsconfig.json', 'apps/api/src/openapi/checks/lint-openapi.ts'],
    { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
  );

describe('the OpenAPI document under the recommended lint rules', () => {
  it('has no error and no warning beyond the accepted ones (the linter’s report is shown on failure)', () => {
    const run = runLint();
    expect({ exitCode: run.status, report: `${run.stdout}${run.stderr}` }).toEqual({
      exitCode: 0,
      report: expect.stringContaining('openapi lint: 0 errors, 0 warnings'),
    });
  });
});
