import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { READ_MODELS_FILE } from '@binaan/runtime';
import { runBinaan } from './support/run-binaan';
import { copyStore, removeFolder, temporaryFolder } from './support/seeded-store';
import { sqliteAttacker } from './support/sqlite-attacker';
import { madeUpPerson, recordPeople } from './support/store-with-personal-data';

const versionsOf = (dataDir: string): unknown[] => {
  const db = new Database(join(dataDir, READ_MODELS_FILE), { readonly: true });
  try {
    return db.prepare('SELECT projection, version, status FROM projection_state ORDER BY projection, version').all();
  } finally {
    db.close();
  }
};

describe('binaan projections rebuild verifies the store first', () => {
  const folder = temporaryFolder('rebuild-verify');
  const dataDir = join(folder, 'data');
  const people = [madeUpPerson('Setiawati'), madeUpPerson('Rahmawati')];
  let tampered: string;

  beforeAll(async () => {
    await recordPeople(dataDir, people);
    tampered = copyStore(dataDir, 'rebuild-tampered');
    const attacker = sqliteAttacker(tampered);
    attacker.changeOneByte(`participant-${people[0]!.participantId}`, 2);
    attacker.close();
  }, 60_000);
  afterAll(() => {
    removeFolder(folder);
    removeFolder(tampered);
  });

  it('rebuilds a clean store, recording no override', async () => {
    const run = await runBinaan(['projections', 'rebuild', 'audit_log', '--store', `sqlite:${dataDir}`]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Rebuilt audit_log\./);
    expect(existsSync(join(dataDir, 'forced-rebuilds.jsonl'))).toBe(false);
  });

  it('refuses a store verify finds tampered, exit 1, leaving every table version as it was', async () => {
    const before = versionsOf(tampered);
    const run = await runBinaan(['projections', 'rebuild', '--store', `sqlite:${tampered}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^binaan: no rebuild: verify found 1 break\(s\)\. .*rebuild anyway with --force/);
    expect(versionsOf(tampered)).toEqual(before);
    expect(existsSync(join(tampered, 'forced-rebuilds.jsonl'))).toBe(false);
  });

  it('rebuilds with --force, saying so, records the override with who forced it and what verify found, and keeps the audit log it replaced', async () => {
    const run = await runBinaan(['projections', 'rebuild', 'audit_log', '--force', '--store', `sqlite:${tampered}`], { BINAAN_ACTOR: 'supervisor-3' });
    expect(run.stderr).toMatch(
      /^binaan: verify found 1 break\(s\); rebuilding anyway \(--force\)\. The override is recorded in .*forced-rebuilds\.jsonl, and the audit log it replaces is kept in .*audit-log-before-forced-rebuild-.*\.jsonl\.\n$/,
    );
    expect(run.code).toBe(0);
    const file = join(tampered, 'forced-rebuilds.jsonl');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        actor: { id: 'supervisor-3', role: 'admin' },
        command: 'binaan projections rebuild --force',
        projections: 'audit_log',
        retainedAuditLog: expect.stringMatching(/^audit-log-before-forced-rebuild-.*\.jsonl$/),
        verify: {
          breaks: expect.arrayContaining([expect.objectContaining({ streamName: `participant-${people[0]!.participantId}`, revision: '2', kind: 'modified' })]),
          positionGaps: [],
        },
      }),
    ]);
    // The replaced audit log is kept whole, owner-only: the row of the event as it was first recorded is in it.
    const retained = join(tampered, String(lines[0]!['retainedAuditLog']));
    expect(statSync(retained).mode & 0o777).toBe(0o600);
    const rows = readFileSync(retained, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toContainEqual(expect.objectContaining({ stream_name: `participant-${people[0]!.participantId}`, revision: '2' }));
  });
});
