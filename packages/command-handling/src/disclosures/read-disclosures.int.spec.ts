import type { ParticipantId } from '@binaan/domain';
import { createMemoryEventStore } from '@binaan/event-store';
import { createDisclosureRecorder } from './record-disclosure';
import { readDisclosures, type DisclosureFilter } from './read-disclosures';

const participant = (n: number) => `00000000-0000-4000-8000-00000000000${n}` as ParticipantId;
const registrar = { id: 'user-registrar-1', role: 'registrar' };
const auditor = { id: 'user-auditor-1', role: 'auditor' };

describe('reading the access log', () => {
  const store = createMemoryEventStore();
  let now = new Date('2026-12-05T03:00:00Z');
  const record = createDisclosureRecorder({ store, clock: () => now });

  beforeAll(async () => {
    await record({ actor: registrar, participantIds: [participant(1), participant(2)], purpose: 'GET /participants/:id' });
    await store.appendToStream('participant-x', [{ id: '9d1f0e2a-3b4c-4d5e-8f60-718293a4b5c6', type: 'Unrelated', data: {} }]);
    now = new Date('2026-12-06T20:00:00Z'); // 03:00 on the 7th in Jakarta
    await record({ actor: auditor, participantIds: [participant(2)], purpose: 'binaan export --include-personal' });
  });

  const read = async (filter?: DisclosureFilter) => {
    const found: unknown[] = [];
    for await (const entry of readDisclosures(store, filter)) found.push([entry.day, entry.actor?.id, entry.participantIds, entry.purpose]);
    return found;
  };

  it('lists every disclosure in the order recorded, dated by the Jakarta day of its stream', async () => {
    expect(await read()).toEqual([
      ['2026-12-05', 'user-registrar-1', [participant(1), participant(2)], 'GET /participants/:id'],
      ['2026-12-07', 'user-auditor-1', [participant(2)], 'binaan export --include-personal'],
    ]);
  });

  it('keeps only what matches every condition given', async () => {
    expect(await read({ participantId: participant(1) })).toHaveLength(1);
    expect(await read({ participantId: participant(2) })).toHaveLength(2);
    expect(await read({ actorId: 'user-auditor-1' })).toEqual([expect.arrayContaining(['user-auditor-1'])]);
    expect(await read({ from: '2026-12-06' as never })).toHaveLength(1);
    expect(await read({ to: '2026-12-05' as never, participantId: participant(2) })).toHaveLength(1);
    expect(await read({ from: '2026-12-06' as never, to: '2026-12-06' as never })).toEqual([]);
  });

  it('gives the recorded time and where the entry is stored', async () => {
    const [first] = await (async () => {
      const all = [];
      for await (const entry of readDisclosures(store)) all.push(entry);
      return all;
    })();
    expect(first).toMatchObject({ recordedAt: '2026-12-05T03:00:00.000Z', streamName: 'disclosures-2026-12-05', revision: 0n, actor: registrar });
  });
});
