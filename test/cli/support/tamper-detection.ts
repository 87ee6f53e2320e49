import { join } from 'node:path';
import type { Attacker } from './attacker';
import { runBinaan, runBinaanJson } from './run-binaan';
import { removeFolder, temporaryFolder } from './seeded-store';

interface Report {
  readonly result: 'clean' | 'tampered';
  readonly breaks: readonly { source: string; streamName: string; revision: string; kind: string; eventId?: string }[];
}

/** A store to tamper with: the arguments that name it, and its attacker. */
export interface TamperTarget {
  readonly storeArgs: readonly string[];
  readonly attacker: Attacker;
  /** Removes the audit log, so only an anchor is left to catch what the chain cannot. */
  readonly dropAuditLog: () => void;
  readonly dispose: () => Promise<void>;
}

export interface TamperFixture {
  /** Seeds the store every target is a copy of. */
  readonly seed: () => Promise<void>;
  readonly cleanStoreArgs: () => readonly string[];
  readonly copy: () => Promise<TamperTarget>;
  readonly dispose: () => Promise<void>;
}

const summary = (report: Report) => report.breaks.map(({ source, streamName, revision, kind }) => ({ source, streamName, revision, kind }));

/** The same tamper tests on every store: each attack detected and named, a clean store exit 0. */
export const describeTamperDetection = (storeName: string, fixture: TamperFixture): void => {
  describe(`binaan verify on a tampered copy of a seeded ${storeName} store`, () => {
    let targets: TamperTarget[] = [];

    beforeAll(fixture.seed, 120_000);
    afterAll(fixture.dispose);
    afterEach(async () => {
      for (const target of targets) await target.dispose();
      targets = [];
    });

    const tampered = async (attack: (attacker: Attacker, stream: string) => Promise<unknown> | unknown) => {
      const target = await fixture.copy();
      targets.push(target);
      const stream = target.attacker.participantStreamWith(6);
      const events = target.attacker.eventsIn(stream);
      const result = await attack(target.attacker, stream);
      target.attacker.close();
      return { target, stream, events, result };
    };

    const verify = (target: { readonly storeArgs: readonly string[] }, extra: readonly string[] = []) =>
      runBinaanJson<Report>(['verify', ...target.storeArgs, ...extra]);

    it('exits 0 on the untouched store', async () => {
      const run = await verify({ storeArgs: fixture.cleanStoreArgs() });
      expect({ code: run.code, result: run.json.result, breaks: run.json.breaks }).toEqual({ code: 0, result: 'clean', breaks: [] });
    });

    it('names one changed byte of an event modified, at its stream and revision', async () => {
      const { target, stream } = await tampered((attacker, name) => attacker.changeOneByte(name, 2));
      const run = await verify(target);
      expect(run.code).toBe(1);
      expect(summary(run.json)).toEqual([{ source: 'chain', streamName: stream, revision: '2', kind: 'modified' }]);
    });

    it('names an event deleted from the middle of a stream missing, by the chain and by the audit log', async () => {
      const { target, stream } = await tampered((attacker, name) => attacker.deleteEvent(name, 2));
      const run = await verify(target);
      expect(run.code).toBe(1);
      expect(summary(run.json)).toEqual([
        { source: 'chain', streamName: stream, revision: '2', kind: 'missing' },
        { source: 'audit_log', streamName: stream, revision: '2', kind: 'missing' },
      ]);
    });

    it('names both events whose revisions were swapped reordered', async () => {
      const { target, stream } = await tampered((attacker, name) => attacker.swapRevisions(name, 2, 3));
      const run = await verify(target);
      expect(run.code).toBe(1);
      expect(summary(run.json)).toEqual([
        { source: 'chain', streamName: stream, revision: '2', kind: 'reordered' },
        { source: 'audit_log', streamName: stream, revision: '2', kind: 'reordered' },
        { source: 'chain', streamName: stream, revision: '3', kind: 'reordered' },
        { source: 'audit_log', streamName: stream, revision: '3', kind: 'reordered' },
      ]);
    });

    it('names a forged event with a recomputed hash but no valid link inserted; the genuine events it pushed up, reordered', async () => {
      const { target, stream, events, result: forgedId } = await tampered((attacker, name) => attacker.insertForged(name, 3));
      const run = await verify(target);
      expect(run.code).toBe(1);
      expect(run.json.breaks.filter((found) => found.kind === 'inserted')).toEqual([
        expect.objectContaining({ source: 'chain', streamName: stream, revision: '3', eventId: forgedId }),
      ]);
      // With the forged event set aside, revision 3 is empty and every genuine event sits one revision up.
      expect(summary(run.json).filter((found) => found.kind !== 'inserted')).toEqual([
        { source: 'chain', streamName: stream, revision: '3', kind: 'missing' },
        ...Array.from({ length: events - 3 }, (_, index) => String(index + 4)).flatMap((revision) => [
          { source: 'chain', streamName: stream, revision, kind: 'reordered' },
          { source: 'audit_log', streamName: stream, revision, kind: 'reordered' },
        ]),
      ]);
    });

    it('catches a whole stream rewritten with a consistent chain by the audit log, where the chain sees nothing', async () => {
      const { target, stream, events } = await tampered((attacker, name) => attacker.rewriteStreamConsistently(name));
      const run = await verify(target);
      expect(run.code).toBe(1);
      expect(summary(run.json)).toEqual(
        Array.from({ length: events }, (_, revision) => ({ source: 'audit_log', streamName: stream, revision: String(revision), kind: 'modified' })),
      );
    });

    it('catches the same rewrite by an anchor written before it, with the audit log gone', async () => {
      const folder = temporaryFolder('anchor');
      const anchorFile = join(folder, 'anchor.json');
      try {
        const anchored = await runBinaan(['anchor', ...fixture.cleanStoreArgs(), '--out', anchorFile]);
        expect(anchored.code).toBe(0);
        const root = /Merkle root: ([0-9a-f]{64})/.exec(anchored.stdout)![1]!;
        const { target, stream, events } = await tampered((attacker, name) => attacker.rewriteStreamConsistently(name));
        target.dropAuditLog();
        const run = await verify(target, ['--anchor', anchorFile, '--anchor-root', root]);
        expect(run.code).toBe(1);
        expect(summary(run.json)).toEqual([{ source: 'anchor', streamName: stream, revision: String(events - 1), kind: 'modified' }]);
      } finally {
        removeFolder(folder);
      }
    });
  });
};
