import type { RecordedEvent } from '@binaan/event-store';
import { createAuditLogCheck, type AuditLogRow } from './audit-log-check';

const hash = (n: number): string => n.toString(16).padStart(64, '0');

const event = (position: number, revision: number, hashOf = position): RecordedEvent => ({
  id: `e${position}`,
  type: 'ModuleCompleted',
  streamName: 'participant-a',
  revision: BigInt(revision),
  position: BigInt(position),
  data: {},
  metadata: { hash: hash(hashOf) },
  created: new Date(0),
});

const row = (position: number, revision: number): AuditLogRow => ({
  position: BigInt(position),
  stream_name: 'participant-a',
  revision: BigInt(revision),
  event_id: `e${position}`,
  hash: hash(position),
});

const run = async (events: readonly RecordedEvent[], rows: readonly AuditLogRow[]) => {
  const check = createAuditLogCheck(
    async (from, limit) => rows.filter((candidate) => candidate.position >= from).slice(0, limit),
    rows.length === 0 ? null : rows[rows.length - 1]!.position,
  );
  const found = [];
  for (const item of events) found.push(...(await check.check(item)));
  found.push(...(await check.end()));
  return { found: found.map(({ kind, revision, position }) => ({ kind, revision, position })), summary: check.summary() };
};

describe('the audit-log check', () => {
  const rows = [row(1, 0), row(2, 1), row(3, 2)];

  it('finds nothing when every event matches the hash first projected', async () => {
    expect(await run([event(1, 0), event(2, 1), event(3, 2)], rows)).toEqual({
      found: [],
      summary: { compared: 3, checkedThrough: 3n, notYetProjected: 0 },
    });
  });

  it('names a rewritten event modified, a vanished one missing, a renumbered one reordered', async () => {
    const { found } = await run([event(1, 0, 99), event(3, 1)], rows);
    expect(found).toEqual([
      { kind: 'modified', revision: 0n, position: 1n },
      { kind: 'missing', revision: 1n, position: 2n },
      { kind: 'reordered', revision: 1n, position: 3n },
    ]);
  });

  it('names an event at a position the audit log covers but never saw inserted, and counts later ones as not yet projected', async () => {
    const { found, summary } = await run([event(1, 0), event(2, 1), event(3, 2), event(4, 3)], [row(1, 0), row(3, 2)]);
    expect(found).toEqual([{ kind: 'inserted', revision: 1n, position: 2n }]);
    expect(summary.notYetProjected).toBe(1);
  });

  it('reports rows past the last event as missing: the last events of a stream were deleted', async () => {
    expect((await run([event(1, 0)], rows)).found).toEqual([
      { kind: 'missing', revision: 1n, position: 2n },
      { kind: 'missing', revision: 2n, position: 3n },
    ]);
  });
});
