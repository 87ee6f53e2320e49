import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_FILE } from '@binaan/runtime';
import { spawnBinaan } from './support/spawn-binaan';
import { copyStore, removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';

const UNKNOWN_PARTICIPANT = '00000000-0000-4000-8000-000000000000';

describe('binaan on bad input: one line on stderr, exit code 2, no stack trace (real executable)', () => {
  const folder = temporaryFolder('bad-input');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  let corrupt: string;

  beforeAll(async () => {
    await seedDemoStore(dataDir);
    corrupt = copyStore(dataDir, 'corrupt');
    writeFileSync(join(corrupt, EVENTS_FILE), 'this is not a SQLite database, it was overwritten\n'.repeat(200));
  }, 120_000);
  afterAll(() => {
    removeFolder(folder);
    removeFolder(corrupt);
  });

  it.each([
    ['a bad date', () => ['outcomes', ...store, '--as-of', '2020-02-30'], /^binaan: --as-of: "2020-02-30" is not a date/],
    ['an unknown participant', () => ['history', UNKNOWN_PARTICIPANT, ...store], /^binaan: no participant 0{8}-0{4}-4000-8000-0{12} in this store\. Check the id/],
    ['a missing store', () => ['verify', '--store', `sqlite:${join(folder, 'nowhere')}`], /^binaan: no Binaan store at .*nowhere: the folder does not exist\. Check --store/],
    ['a corrupt store file', () => ['verify', '--store', `sqlite:${corrupt}`], /^binaan: the store file is not a readable Binaan store \(file is not a database\)/],
  ])('%s', async (_case, args, message) => {
    const run = await spawnBinaan(args());
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr.trim().split('\n').filter((line) => !line.startsWith('(run with --help'))).toHaveLength(1);
  });

  it('a wrong master key', async () => {
    const run = await spawnBinaan(['export', ...store, '--include-personal'], { BINAAN_MASTER_KEY: randomBytes(32).toString('hex') });
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^binaan: the master key does not match the key store.*set BINAAN_MASTER_KEY/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('answers a good request with exit code 0, for contrast', async () => {
    const run = await spawnBinaan(['verify', ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Result: CLEAN');
  });
});
