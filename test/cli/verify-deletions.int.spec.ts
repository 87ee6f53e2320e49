import { join } from 'node:path';
import { deletionAttacker } from './support/deletion-attacker';
import { runBinaan, runBinaanJson } from './support/run-binaan';
import { copyStore, removeFolder, temporaryFolder } from './support/seeded-store';
import { madeUpPerson, recordPeople } from './support/store-with-personal-data';

interface Report {
  readonly result: 'clean' | 'tampered';
  readonly breaks: readonly { readonly source: string; readonly streamName: string; readonly kind: string }[];
  readonly checks: { readonly positions: { readonly gaps: readonly { readonly from: string; readonly to: string; readonly detail: string }[] } };
  readonly notVisible: string;
}

describe('binaan verify on events deleted together with their audit-log rows (SQLite)', () => {
  const folder = temporaryFolder('verify-deletions');
  const dataDir = join(folder, 'data');
  const people = [madeUpPerson('Anggun'), madeUpPerson('Fitriani'), madeUpPerson('Maharani')];
  let copies: string[] = [];

  beforeAll(() => recordPeople(dataDir, people), 60_000);
  afterAll(() => removeFolder(folder));
  afterEach(() => {
    copies.forEach(removeFolder);
    copies = [];
  });

  const tampered = (attack: (attacker: ReturnType<typeof deletionAttacker>) => void): string => {
    const copy = copyStore(dataDir, 'verify-deleted');
    copies.push(copy);
    const attacker = deletionAttacker(copy);
    try {
      attack(attacker);
    } finally {
      attacker.close();
    }
    return copy;
  };
  const verify = (store: string, extra: readonly string[] = []) => runBinaanJson<Report>(['verify', '--store', `sqlite:${store}`, ...extra]);

  it('finds no hole in the untouched store, and says what it cannot see without an anchor', async () => {
    const run = await verify(dataDir);
    expect([run.code, run.json.result, run.json.checks.positions.gaps]).toEqual([0, 'clean', []]);
    expect(run.json.notVisible).toMatch(/^Not visible without an anchor: events deleted from the end of the store/);
    const text = await runBinaan(['verify', '--store', `sqlite:${dataDir}`]);
    expect(text.stdout).toMatch(/Positions: no hole from 1 to \d+/);
    expect(text.stdout).toContain('Not visible without an anchor');
  });

  it('catches the newest event deleted with its audit-log row by the hole it leaves below the sequence counter and the checkpoints', async () => {
    const store = tampered((attacker) => attacker.deleteNewestEvent());
    const run = await verify(store);
    expect(run.code).toBe(1);
    expect(run.json.result).toBe('tampered');
    // The chain and the audit log see nothing: the stream simply ends one event earlier.
    expect(run.json.breaks).toEqual([]);
    expect(run.json.checks.positions.gaps).toEqual([
      expect.objectContaining({ from: '12', to: '12', detail: expect.stringMatching(/sequence counter \(sqlite_sequence\) reaches 12.*checkpoint of projection/) }),
    ]);
    const text = await runBinaan(['verify', '--store', `sqlite:${store}`]);
    expect(text.stdout).toMatch(/Positions: 1 hole\(s\) where events were deleted:\n {2}1 position\(s\) from 12 to 12 hold no record after the last event \(11\)/);
    expect(text.stdout).toContain('Result: TAMPERING FOUND');
  });

  it('catches a whole stream deleted with its audit-log rows by the holes in the positions', async () => {
    const victim = `participant-${people[0]!.participantId}`;
    const store = tampered((attacker) => attacker.deleteStream(victim));
    const run = await verify(store);
    expect(run.code).toBe(1);
    expect(run.json.breaks).toEqual([]);
    expect(run.json.checks.positions.gaps).toEqual([expect.objectContaining({ from: '2', to: '4' })]);
  });

  it('cannot see the newest event deleted when the counter and checkpoints are set back too, and says so; an anchor written before catches it', async () => {
    const anchorFile = join(folder, 'before-deletion.json');
    const anchored = await runBinaan(['anchor', '--store', `sqlite:${dataDir}`, '--out', anchorFile]);
    expect(anchored.code).toBe(0);
    const store = tampered((attacker) => {
      attacker.deleteNewestEvent();
      attacker.coverTracks();
    });
    const unanchored = await verify(store);
    expect([unanchored.code, unanchored.json.result]).toEqual([0, 'clean']);
    expect(unanchored.json.notVisible).toContain('sequence counter and the projection checkpoints set back');
    const withAnchor = await verify(store, ['--anchor', anchorFile]);
    expect(withAnchor.code).toBe(1);
    expect(withAnchor.json.breaks).toEqual([expect.objectContaining({ source: 'anchor', streamName: `participant-${people[2]!.participantId}` })]);
  });
});
