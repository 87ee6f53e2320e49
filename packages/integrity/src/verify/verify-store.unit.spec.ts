import * as fc from 'fast-check';
import { chainEvents } from '../chain/chain-events';
import { GENESIS_HASH } from '../chain/event-hash';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { type JsonObject } from '@binaan/canonical-json';
import type { StoredEvent, StoredEventSource } from './stored-event';
import { isClean, verifyStore } from './verify-store';

const streams = ['participant-a', 'participant-b', 'participant-c'];

/** Three interleaved hash-chained streams of `length` events, numbered by position. */
const chainedStore = (length: number): StoredEvent[] => {
  const perStream = streams.map((streamName) =>
    chainEvents(
      streamName,
      0n,
      GENESIS_HASH,
      Array.from({ length }, (_, index) => ({
        type: 'ModuleCompleted',
        data: { schemaVersion: 2, moduleId: `m${index}`, result: 'competent', assessedOn: '2020-01-02' } as JsonObject,
        metadata: { eventId: `${streamName}/${index}`, recordedAt: '2020-01-02T03:00:00.000Z' } as JsonObject,
      })),
    ).map((event, index) => ({ ...event, id: `${streamName}/${index}`, streamName, revision: BigInt(index) })),
  );
  return Array.from({ length }, (_, index) => perStream.map((events) => events[index]!))
    .flat()
    .map((event, index) => ({ ...event, position: BigInt(index + 1) }));
};

const sourceOf =
  (events: readonly StoredEvent[]): StoredEventSource =>
  (only) =>
    events.filter((event) => only === undefined || only.has(event.streamName));

const summary = (breaks: readonly { streamName: string; revision: bigint; kind: string }[]) =>
  breaks.map(({ streamName, revision, kind }) => ({ streamName, revision, kind })).sort((a, b) => (`${a.streamName}${a.revision}${a.kind}` < `${b.streamName}${b.revision}${b.kind}` ? -1 : 1));

describe('verifyStore', () => {
  it('finds nothing in clean streams, and reports each stream head', async () => {
    const report = await verifyStore({ events: sourceOf(chainedStore(4)) });
    expect(report.breaks).toEqual([]);
    expect({ events: report.events, streams: report.streams, lastPosition: report.lastPosition }).toEqual({ events: 12, streams: 3, lastPosition: 12n });
    expect(report.heads.map((head) => [head.streamName, head.revision])).toEqual(streams.map((name) => [name, 3n]));
  });

  it('names exactly the breaks the event store verifier names, whatever one value is changed or one event dropped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.nat(), fc.boolean(), fc.string(), async (length, seed, drop, replacement) => {
        const events = chainedStore(length);
        const target = seed % events.length;
        fc.pre(drop || events[target]!.data['moduleId'] !== replacement);
        const tampered = drop
          ? events.filter((_, index) => index !== target)
          : events.map((event, index) => (index === target ? { ...event, data: { ...event.data, moduleId: replacement } } : event));
        const report = await verifyStore({ events: sourceOf(tampered) });
        expect(summary(report.breaks)).toEqual(summary(await verifyStreamChain(tampered)));
        // Deleting a stream's last event leaves a valid chain: only the audit log or an anchor shows it.
        const droppedLast = drop && events[target]!.revision === BigInt(length - 1);
        expect(report.breaks.length > 0).toBe(!droppedLast);
        expect(report.breaks.every((found) => found.source === 'chain' && found.streamName === events[target]!.streamName)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('counts an enrolment reservation stored without a chain as not covered, but any other event without a hash as modified', async () => {
    const reservation: StoredEvent = {
      id: 'r',
      streamName: 'enrolment-reservation-00',
      revision: 0n,
      position: 13n,
      type: 'EnrolmentReserved',
      data: { schemaVersion: 1, participantId: 'a' },
      metadata: { commandId: 'c', recordedAt: '2020-01-02T03:00:00.000Z' },
    };
    const stripped: StoredEvent = { ...reservation, id: 's', streamName: 'participant-d', type: 'InmateReleased', position: 14n };
    const report = await verifyStore({ events: sourceOf([...chainedStore(2), reservation, stripped]) });
    expect(report.unchained).toBe(1);
    expect(summary(report.breaks)).toEqual([{ streamName: 'participant-d', revision: 0n, kind: 'modified' }]);
  });
});

describe('verifyStore with the store positions', () => {
  const ledger = (sequence: bigint) => ({ systemPositions: new Set<bigint>(), claims: [{ by: 'the sequence counter', position: sequence }] });

  it('leaves positions unchecked without a ledger, and clean with one that agrees', async () => {
    expect((await verifyStore({ events: sourceOf(chainedStore(2)) })).positionGaps).toBeNull();
    const report = await verifyStore({ events: sourceOf(chainedStore(2)), positions: ledger(6n) });
    expect(report.positionGaps).toEqual([]);
    expect(isClean(report)).toBe(true);
  });

  it("is not clean when a stream's last event is gone: no chain breaks, but a hole in the positions", async () => {
    const events = chainedStore(2).filter((event) => event.position !== 4n);
    const report = await verifyStore({ events: sourceOf(events), positions: ledger(6n) });
    expect(report.breaks).toEqual([]);
    expect(report.positionGaps?.map((gap) => [gap.from, gap.to])).toEqual([[4n, 4n]]);
    expect(isClean(report)).toBe(false);
  });
});
