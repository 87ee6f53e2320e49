import { describe, expect, it } from '@jest/globals';
import type { EventStore } from '../port/event-store';
import type { ExpectedRevision } from '../port/options';
import {
  collect,
  expectStreamDeleted,
  expectWrongExpectedVersion,
  proposedEvent,
  readIds,
  someEvents,
  uniqueStreamName,
  type ConformanceContext,
} from './conformance-fixtures';

type StreamCondition = 'missing' | 'existing' | 'soft-deleted' | 'tombstoned';

type Outcome =
  | { readonly writesAt: bigint }
  | { readonly conflictWith: bigint | 'no_stream' }
  | 'stream deleted';

/** Puts a fresh stream in the condition; existing streams hold revisions 0 and 1. */
const prepare = async (store: EventStore, condition: StreamCondition): Promise<string> => {
  const streamName = uniqueStreamName(`expected-${condition}`);
  if (condition === 'missing') return streamName;
  await store.appendToStream(streamName, someEvents(2), { expectedRevision: 'no_stream' });
  if (condition === 'soft-deleted') await store.deleteStream(streamName);
  if (condition === 'tombstoned') await store.tombstoneStream(streamName);
  return streamName;
};

const BEYOND_2_53 = 2n ** 53n + 5n;

const cases: ReadonlyArray<readonly [StreamCondition, ExpectedRevision, Outcome]> = [
  ['missing', 'any', { writesAt: 0n }],
  ['missing', 'no_stream', { writesAt: 0n }],
  ['missing', 'stream_exists', { conflictWith: 'no_stream' }],
  ['missing', 0n, { conflictWith: 'no_stream' }],
  ['missing', BEYOND_2_53, { conflictWith: 'no_stream' }],
  ['existing', 'any', { writesAt: 2n }],
  ['existing', 'no_stream', { conflictWith: 1n }],
  ['existing', 'stream_exists', { writesAt: 2n }],
  ['existing', 1n, { writesAt: 2n }],
  ['existing', 0n, { conflictWith: 1n }],
  ['existing', 2n, { conflictWith: 1n }],
  ['existing', BEYOND_2_53, { conflictWith: 1n }],
  ['soft-deleted', 'any', { writesAt: 2n }],
  ['soft-deleted', 'no_stream', { writesAt: 2n }],
  ['soft-deleted', 'stream_exists', 'stream deleted'],
  ['soft-deleted', 1n, { writesAt: 2n }],
  ['soft-deleted', 0n, { conflictWith: 1n }],
  ['tombstoned', 'any', 'stream deleted'],
  ['tombstoned', 'no_stream', 'stream deleted'],
  ['tombstoned', 'stream_exists', 'stream deleted'],
  ['tombstoned', 1n, 'stream deleted'],
];

const describeOutcome = (outcome: Outcome): string =>
  outcome === 'stream deleted'
    ? 'fails with StreamDeletedError'
    : 'writesAt' in outcome
      ? `writes at revision ${outcome.writesAt}`
      : `conflicts, actual ${String(outcome.conflictWith)}`;

const checkOutcome = async (store: EventStore, streamName: string, expected: ExpectedRevision, outcome: Outcome) => {
  const before = await collect(store.readStream(streamName)).catch(() => []);
  const event = proposedEvent();
  const attempt = store.appendToStream(streamName, [event], { expectedRevision: expected });
  if (outcome === 'stream deleted') {
    await expectStreamDeleted(attempt, streamName);
    const after = await collect(store.readStream(streamName)).catch(() => []);
    expect(after.map((recorded) => recorded.id)).toEqual(before.map((recorded) => recorded.id));
  } else if ('writesAt' in outcome) {
    const result = await attempt;
    expect(result.nextExpectedRevision).toBe(outcome.writesAt);
    const after = await collect(store.readStream(streamName, { direction: 'backwards', maxCount: 1 }));
    expect(after.map((recorded) => [recorded.id, recorded.revision, recorded.position])).toEqual([
      [event.id, outcome.writesAt, result.position],
    ]);
  } else {
    await expectWrongExpectedVersion(attempt, streamName, outcome.conflictWith);
    await expect(attempt).rejects.toMatchObject({ expected });
    const after = await collect(store.readStream(streamName)).catch(() => []);
    expect(after.map((recorded) => recorded.id)).toEqual(before.map((recorded) => recorded.id));
  }
};

export const expectedRevisionCases = (context: ConformanceContext): void => {
  describe('appendToStream expected revision', () => {
    for (const [condition, expected, outcome] of cases) {
      it(`${String(expected)} on a ${condition} stream ${describeOutcome(outcome)}`, async () => {
        const store = context.store();
        const streamName = await prepare(store, condition);
        await checkOutcome(store, streamName, expected, outcome);
      });
    }

    it('shows only the new events after a soft-deleted stream is written again', async () => {
      const store = context.store();
      const streamName = await prepare(store, 'soft-deleted');
      const fresh = proposedEvent();
      await store.appendToStream(streamName, [fresh], { expectedRevision: 'no_stream' });
      expect(await readIds(store, streamName)).toEqual([fresh.id]);
      await expectWrongExpectedVersion(
        store.appendToStream(streamName, someEvents(1), { expectedRevision: 'no_stream' }),
        streamName,
        2n,
      );
    });

    it('lets exactly one of several concurrent appends at the same revision win', async () => {
      const store = context.store();
      const streamName = await prepare(store, 'existing');
      const attempts = await Promise.allSettled(
        Array.from({ length: 5 }, () => store.appendToStream(streamName, someEvents(2), { expectedRevision: 1n })),
      );
      expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
      expect(await readIds(store, streamName)).toHaveLength(4);
    });
  });
};
