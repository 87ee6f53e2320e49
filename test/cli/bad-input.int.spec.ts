import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBinaan } from './support/run-binaan';
import { removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';

describe('binaan on more bad input (in-process): one line on stderr and exit code 2', () => {
  const folder = temporaryFolder('bad-input-more');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const existing = join(folder, 'already-there.jsonl');
  const alteredAnchor = join(folder, 'altered-anchor.json');

  beforeAll(async () => {
    await seedDemoStore(dataDir);
    writeFileSync(existing, 'keep me\n');
    const anchored = await runBinaan(['anchor', ...store]);
    writeFileSync(alteredAnchor, anchored.stdout.replace(/"hash": "([0-9a-f])/, (_match, digit: string) => `"hash": "${digit === '0' ? '1' : '0'}`));
  }, 120_000);
  afterAll(() => removeFolder(folder));

  it.each([
    ['a recorded date in words', ['history', '00000000-0000-4000-8000-000000000000', ...store, '--known-at', 'last week'], /^binaan: --known-at: "last week" is not a date/],
    ['a participant id that is no UUID', ['history', 'Siti', ...store], /^binaan: participant id "Siti" is not a lower-case UUID/],
    ['an unknown option', ['verify', ...store, '--colour'], /^binaan: unknown option '--colour'/],
    ['an unknown format', ['outcomes', ...store, '--format', 'xlsx'], /^binaan: --format: "xlsx" is not one of table, json, csv/],
    ['an export range backwards', ['export', ...store, '--from', '2021-01-01', '--to', '2020-01-01'], /^binaan: --from 2021-01-01 is after --to 2020-01-01/],
    ['an export over an existing file', ['export', ...store, '--out', existing], /already exists\. Give a new file name/],
    ['an anchor file altered after it was written', ['verify', ...store, '--anchor', alteredAnchor], /does not match its own Merkle root: the file was altered/],
    ['an anchor file that is not there', ['verify', ...store, '--anchor', join(folder, 'none.json')], /^binaan: cannot read the anchor file/],
    ['an unknown projection', ['projections', 'rebuild', 'participant_names', ...store], /^binaan: no projection named "participant_names"\. Use one of: /],
    ['a demo into a store that holds events', ['demo', ...store], /already holds events; the demo seeds only an empty store/],
  ])('%s', async (_case, args, message) => {
    const run = await runBinaan(args);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n').filter((line) => !line.startsWith('(run with --help'))).toHaveLength(1);
  });

  it('left the file an export refused to overwrite as it was', () => {
    expect(readFileSync(existing, 'utf8')).toBe('keep me\n');
  });
});
