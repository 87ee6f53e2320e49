import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import fc from 'fast-check';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';

describe('binaan import-counts: head counts from a CSV, each row a command', () => {
  const folder = temporaryFolder('import-counts');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const file = (name: string, text: string): string => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const countEvents = async (): Promise<number> => {
    const events = createSqliteEventStore({ path: join(dataDir, 'events.db') });
    let count = 0;
    for await (const event of events.readAll()) if (event.type === 'FacilityPopulationRecorded') count += 1;
    await events.close();
    return count;
  };

  beforeAll(async () => {
    const run = await runBinaan(['demo', ...store, '--participants', '20', '--today', '2025-06-15']);
    if (run.code !== 0) throw new Error(run.stderr);
  }, 120_000);
  afterAll(() => removeFolder(folder));

  const good = 'facility_id,counted_on,total,B.I,B.IIa\nlapas-perempuan-malang,2025-05-31,412,300,40\nlapas-kelas-i-malang,2025-05-31,1210,,\n';

  it('records every row once: a second import of the same file records nothing new', async () => {
    const before = await countEvents();
    const path = file('counts.csv', good);
    const first = await runBinaan(['import-counts', path, '--apply', ...store]);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toContain('line 2: recorded: lapas-perempuan-malang 2025-05-31 total 412');
    expect(await countEvents()).toBe(before + 2);
    const second = await runBinaan(['import-counts', path, '--apply', ...store]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('line 2: already recorded');
    expect(second.stdout).toContain('line 3: already recorded');
    expect(await countEvents()).toBe(before + 2);
  });

  it('reports each broken row with its line and column, records the good ones, and writes nothing for the broken', async () => {
    const before = await countEvents();
    const path = file(
      'broken.csv',
      'facility_id,counted_on,total,B.I\n' +
        'lapas-perempuan-malang,2025-04-30,400,\n' +
        'lapas-kelas-i-malang,30-04-2025,10,\n' +
        'lapas-kelas-i-malang,2025-04-30,ten,\n' +
        'lapas-nowhere,2025-04-30,10,\n' +
        'lapas-perempuan-malang,2025-04-29,10,20\n',
    );
    const dry = await runBinaan(['import-counts', path, '--dry-run', ...store]);
    expect(dry.code).toBe(2);
    expect(await countEvents()).toBe(before);
    const run = await runBinaan(['import-counts', path, '--apply', ...store]);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('line 2: recorded: lapas-perempuan-malang 2025-04-30 total 400');
    expect(lines.find((line) => line.startsWith('line 3:'))).toMatch(/^line 3: refused: counted_on /);
    expect(lines.find((line) => line.startsWith('line 4:'))).toBe('line 4: refused: total must be a whole number of people (digits only)');
    expect(lines.find((line) => line.startsWith('line 5:'))).toMatch(/^line 5: refused: FACILITY_NOT_FOUND/);
    expect(lines.find((line) => line.startsWith('line 6:'))).toMatch(/^line 6: refused: COUNTS_EXCEED_TOTAL/);
    expect(dry.stdout.split('\n').slice(0, 5)).toEqual(lines.slice(0, 5).map((line) => line.replace('recorded:', 'ok:')));
    expect(await countEvents()).toBe(before + 1);
  });

  it('refuses a file whose header lacks a column or names an unknown one, before reading any row', async () => {
    const missing = await runBinaan(['import-counts', file('missing.csv', 'facility_id,total\nlapas-kelas-i-malang,3\n'), '--apply', ...store]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/the header lacks counted_on/)]);
    const unknown = await runBinaan(['import-counts', file('unknown.csv', 'facility_id,counted_on,total,colour\n'), '--apply', ...store]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/unknown column\(s\) colour/)]);
  });

  it('never crashes on malformed cells: every run ends with exit 0 or 2 and a line per row', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '-1', '1e3', '0x10', '2025-02-30', 'lapas-kelas-i-malang', '=1+1', '"', '\u0000'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 4 }), async (rows) => {
        const text = 'facility_id,counted_on,total\n' + rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
        const run = await runBinaan(['import-counts', file('fuzz.csv', text), '--dry-run', ...store]);
        expect([0, 2]).toContain(run.code);
        // An unexpected throw is reported as "could not finish"; a row's problem or a bad file is not.
        expect(run.stderr).not.toMatch(/could not finish/);
        expect(run.stdout).toMatch(new RegExp(`^${rows.length} row\\(s\\): `, 'm'));
      }),
      { numRuns: 40 },
    );
  });
});
