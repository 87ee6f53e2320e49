import * as fc from 'fast-check';
import type { JsonObject } from '@binaan/canonical-json';
import type { ChainBreak } from './chain-break';
import { chainEvents } from './chain-events';
import { createChainVerifier } from './chain-verifier';
import { computeEventHash, GENESIS_HASH } from './event-hash';
import type { VerifiableEvent } from './event-summary';
import { verifyStreamChain } from './verify-stream-chain';

const participantId = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const streamName = `participant-${participantId}`;
const modules = ['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha'];

const chainOf = (name: string, count: number): VerifiableEvent[] =>
  chainEvents(
    name,
    0n,
    GENESIS_HASH,
    Array.from({ length: count }, (_, index) => ({
      id: `${name}/e${index}`,
      type: 'ModuleCompleted',
      data: { schemaVersion: 2, participantId, moduleId: modules[index % modules.length]!, result: 'competent' },
      metadata: { commandId: `cmd-${index}` },
    })),
  ).map((event, index) => ({ ...event, streamName: name, revision: BigInt(index) }));

/** An event rewritten by someone who recomputes its own hash (but cannot fix the links around it). */
const rehashed = (event: VerifiableEvent, changes: Partial<VerifiableEvent> & { prevHash?: string }): VerifiableEvent => {
  const { prevHash, ...rest } = changes;
  const metadata: JsonObject = { ...event.metadata, ...(prevHash === undefined ? {} : { prevHash }) };
  const changed = { ...event, ...rest, metadata };
  return { ...changed, metadata: { ...metadata, hash: computeEventHash(changed) } };
};

const summary = (breaks: readonly ChainBreak[]) => breaks.map(({ kind, revision, eventId }) => ({ kind, revision, eventId }));

describe('verifyStreamChain', () => {
  it('finds no break in a clean chain', async () => {
    expect(await verifyStreamChain(chainOf(streamName, 5))).toEqual([]);
  });

  it('reports modified when one byte of data changed', async () => {
    const events = chainOf(streamName, 5);
    events[2] = { ...events[2]!, data: { ...events[2]!.data, result: 'competenT' } };
    expect(summary(await verifyStreamChain(events))).toEqual([
      { kind: 'modified', revision: 2n, eventId: `${streamName}/e2` },
    ]);
  });

  it('reports modified when the stored hash is gone, and does not blame the next event', async () => {
    const events = chainOf(streamName, 4);
    const { hash: _removed, ...metadata } = events[1]!.metadata;
    events[1] = { ...events[1]!, metadata };
    expect(summary(await verifyStreamChain(events))).toEqual([
      { kind: 'modified', revision: 1n, eventId: `${streamName}/e1` },
    ]);
  });

  it('reports chain_broken after an event rewritten with a recomputed hash', async () => {
    const events = chainOf(streamName, 5);
    events[2] = rehashed(events[2]!, { data: { ...events[2]!.data, result: 'not_yet_competent' } });
    expect(summary(await verifyStreamChain(events))).toEqual([
      { kind: 'chain_broken', revision: 3n, eventId: `${streamName}/e3` },
    ]);
  });

  it('reports missing when a middle event was deleted', async () => {
    const events = chainOf(streamName, 5);
    events.splice(2, 1);
    const breaks = await verifyStreamChain(events);
    expect(summary(breaks)).toEqual([{ kind: 'missing', revision: 2n, eventId: undefined }]);
    expect(breaks[0]!.detail).toBe('revision 2 is absent before revision 3');
  });

  it('reports missing when the first events were deleted', async () => {
    const breaks = await verifyStreamChain(chainOf(streamName, 5).slice(2));
    expect(breaks.map(({ kind, revision, detail }) => ({ kind, revision, detail }))).toEqual([
      { kind: 'missing', revision: 0n, detail: 'revisions 0..1 are absent before revision 2' },
    ]);
  });

  it('reports reordered for both events when two events swapped revisions', async () => {
    const events = chainOf(streamName, 5);
    const [second, third] = [events[2]!, events[3]!];
    events[2] = { ...third, revision: 2n };
    events[3] = { ...second, revision: 3n };
    expect(summary(await verifyStreamChain(events))).toEqual([
      { kind: 'reordered', revision: 2n, eventId: `${streamName}/e3` },
      { kind: 'reordered', revision: 3n, eventId: `${streamName}/e2` },
    ]);
  });

  it('reports a revision read after a later one as reordered (after the gap it leaves)', async () => {
    const events = chainOf(streamName, 5);
    const reversed = [events[0]!, events[1]!, events[3]!, events[2]!, events[4]!];
    expect(summary(await verifyStreamChain(reversed))).toEqual([
      { kind: 'missing', revision: 2n, eventId: undefined },
      { kind: 'reordered', revision: 2n, eventId: `${streamName}/e2` },
    ]);
  });

  it('reports inserted for a forged event with a recomputed hash but no valid link', async () => {
    const events = chainOf(streamName, 5);
    const forged = rehashed(events[3]!, { id: 'forged', data: { ...events[3]!.data, moduleId: 'pendanaan-usaha' }, prevHash: 'b'.repeat(64) });
    events.splice(3, 0, forged);
    expect(summary(await verifyStreamChain(events))).toEqual([{ kind: 'inserted', revision: 3n, eventId: 'forged' }]);
  });

  it('reports inserted for a forged event that links correctly but is not the one the chain continues from', async () => {
    const events = chainOf(streamName, 5);
    const forged = rehashed(events[3]!, { id: 'forged', data: { ...events[3]!.data, result: 'not_yet_competent' } });
    const forgedFirst = [...events.slice(0, 3), forged, ...events.slice(3)];
    const forgedSecond = [...events.slice(0, 4), forged, ...events.slice(4)];
    expect(summary(await verifyStreamChain(forgedFirst))).toEqual([{ kind: 'inserted', revision: 3n, eventId: 'forged' }]);
    expect(summary(await verifyStreamChain(forgedSecond))).toEqual([{ kind: 'inserted', revision: 3n, eventId: 'forged' }]);
  });

  it('reports chain_broken at a first event not linked to genesis, and at the event linked to its old hash', async () => {
    const [first, ...rest] = chainOf(streamName, 3);
    const events = [rehashed(first!, { prevHash: 'e'.repeat(64) }), ...rest];
    expect(summary(await verifyStreamChain(events))).toEqual([
      { kind: 'chain_broken', revision: 0n, eventId: `${streamName}/e0` },
      { kind: 'chain_broken', revision: 1n, eventId: `${streamName}/e1` },
    ]);
  });

  it('reports chain_broken for a forged last event with no valid link (nothing follows to tell more)', async () => {
    const events = chainOf(streamName, 3);
    events.push(rehashed({ ...events[2]!, revision: 3n }, { id: 'forged', prevHash: 'b'.repeat(64) }));
    expect(summary(await verifyStreamChain(events))).toEqual([{ kind: 'chain_broken', revision: 3n, eventId: 'forged' }]);
  });

  it('reports every event renumbered after a deletion as reordered', async () => {
    const events = chainOf(streamName, 5);
    const renumbered = [...events.slice(0, 2), ...events.slice(3).map((event) => ({ ...event, revision: event.revision - 1n }))];
    expect(summary(await verifyStreamChain(renumbered))).toEqual([
      { kind: 'reordered', revision: 2n, eventId: `${streamName}/e3` },
      { kind: 'reordered', revision: 3n, eventId: `${streamName}/e4` },
    ]);
  });

  it('verifies interleaved streams independently', async () => {
    const other = 'participant-0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
    const first = chainOf(streamName, 4);
    const second = chainOf(other, 4);
    second[1] = { ...second[1]!, type: 'InmateReleased' };
    const interleaved = first.flatMap((event, index) => [event, second[index]!]);
    const breaks = await verifyStreamChain(interleaved);
    expect(breaks.map(({ streamName: name, kind, revision }) => ({ name, kind, revision }))).toEqual([
      { name: other, kind: 'modified', revision: 1n },
    ]);
  });

  it('reads async iterables, one event at a time', async () => {
    async function* read(): AsyncIterable<VerifiableEvent> {
      yield* chainOf(streamName, 3);
    }
    expect(await verifyStreamChain(read())).toEqual([]);
  });

  it('settles each event when the next event of its stream arrives', () => {
    const events = chainOf(streamName, 3);
    events[1] = { ...events[1]!, data: {} };
    const verifier = createChainVerifier();
    expect([verifier.push(events[0]!), verifier.push(events[1]!)]).toEqual([[], []]);
    expect(summary(verifier.push(events[2]!))).toEqual([{ kind: 'modified', revision: 1n, eventId: `${streamName}/e1` }]);
    expect(verifier.end()).toEqual([]);
  });

  it('finds exactly one modified break wherever one value is changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.string(), async (length, seed, replacement) => {
        const events = chainOf(streamName, length);
        const target = seed % length;
        fc.pre(events[target]!.data['moduleId'] !== replacement);
        events[target] = { ...events[target]!, data: { ...events[target]!.data, moduleId: replacement } };
        expect(summary(await verifyStreamChain(events))).toEqual([
          { kind: 'modified', revision: BigInt(target), eventId: `${streamName}/e${target}` },
        ]);
      }),
      { numRuns: 100 },
    );
  });
});
