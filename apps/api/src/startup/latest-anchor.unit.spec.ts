import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorFileText, EMPTY_MERKLE_ROOT } from '@binaan/integrity';
import { latestAnchorIn } from './latest-anchor';
import { startBanner } from './start-banner';

const anchorText = (createdAt: string, lastPosition: bigint): string =>
  anchorFileText({ createdAt, lastPosition, merkleRoot: EMPTY_MERKLE_ROOT, heads: [] }, 'sqlite:./data', 0);

describe('the newest anchor, as the start banner names it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'binaan-anchors-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is the one taken last, whatever its file is called; other files are passed over', () => {
    writeFileSync(join(folder, 'anchor-b.json'), anchorText('2026-06-30T10:00:00.000Z', 120n));
    writeFileSync(join(folder, 'anchor-a.json'), anchorText('2026-11-30T10:00:00.000Z', 300n));
    writeFileSync(join(folder, 'notes.json'), '{"not":"an anchor"}');
    writeFileSync(join(folder, 'broken.json'), '{');
    expect(latestAnchorIn(folder)).toEqual({ file: join(folder, 'anchor-a.json'), createdAt: '2026-11-30T10:00:00.000Z', lastPosition: 300n });
  });

  it('is none for a folder without anchors or a folder that is not there', () => {
    expect(latestAnchorIn(join(folder, 'missing'))).toBeUndefined();
  });

  it('is printed with how to take and check one', () => {
    const banner = startBanner({
      url: 'http://127.0.0.1:3000',
      dataDir: './data',
      eventStore: 'SQLite (embedded)',
      readModels: 'SQLite (embedded)',
      projections: 'in-process',
      seeded: undefined,
      demoSignIns: undefined,
      storeOptions: '--store sqlite:./data',
      anchors: { folder, latest: latestAnchorIn(folder) },
    });
    expect(banner).toContain(`Anchor       ${join(folder, 'anchor-a.json')} (taken 2026-11-30T10:00:00.000Z, through position 300)`);
    expect(banner).toContain(`take one: npx binaan anchor --store sqlite:./data --out ${folder}/anchor-<date>.json`);
    expect(banner).toContain('check: npx binaan verify --store sqlite:./data --anchor <file>');
    const unset = startBanner({
      url: 'http://127.0.0.1:3000', dataDir: './data', eventStore: 'x', readModels: 'x', projections: 'x', seeded: undefined,
      demoSignIns: undefined, storeOptions: '--store sqlite:./data', anchors: { folder: undefined, latest: undefined },
    });
    expect(unset).toContain('none known (set BINAAN_ANCHOR_DIR');
  });
});
