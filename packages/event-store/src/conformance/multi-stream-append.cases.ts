import { describe, expect, it } from '@jest/globals';
import { InvalidAppendError, StreamDeletedError, WrongExpectedVersionError } from '../port/errors';
import type { EventStore } from '../port/event-store';
import type { StreamAppend } from '../port/options';
import { collect, expectStrictlyIncreasing, nth, readIds, someEvents, uniqueStreamName, withData, type ConformanceContext } from './conformance-fixtures';

type MultiStreamStore = EventStore & Required<Pick<EventStore, 'appendToStreams'>>;

const refusalOf = (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );

/** Where each of the streams stands: the ids read back, or null for a stream with nothing readable. */
const idsOf = (store: EventStore, streamNames: readonly string[]) =>
  Promise.all(streamNames.map((streamName) => readIds(store, streamName).catch(() => null)));

const multiStreamCases = (context: ConformanceContext, store: () => MultiStreamStore): void => {
  it('writes every part and reports each stream’s revision and position, in the order of the parts', async () => {
    const [first, second] = [uniqueStreamName('multi-a'), uniqueStreamName('multi-b')];
    await store().appendToStream(second, someEvents(1), { expectedRevision: 'no_stream' });
    const parts: StreamAppend[] = [
      { streamName: first, events: someEvents(2), options: { expectedRevision: 'no_stream' } },
      { streamName: second, events: someEvents(1), options: { expectedRevision: 0n } },
    ];
    const results = await store().appendToStreams(parts);
    expect(results.map((result) => result.nextExpectedRevision)).toEqual([1n, 1n]);
    const recorded = await collect(context.store().readStream(first));
    expect(recorded.map((event) => event.id)).toEqual(parts[0]?.events.map((event) => event.id));
    expect(results[0]?.position).toBe(recorded[1]?.position);
    const secondRecorded = await collect(context.store().readStream(second, { fromRevision: 1n }));
    expect(results[1]?.position).toBe(secondRecorded[0]?.position);
    expectStrictlyIncreasing([nth(recorded, 0).position, nth(recorded, 1).position, nth(secondRecorded, 0).position]);
  });

  it('a conflict in any part writes nothing to any stream and names the stream that conflicted', async () => {
    const [first, second] = [uniqueStreamName('multi-conflict-a'), uniqueStreamName('multi-conflict-b')];
    await store().appendToStream(second, someEvents(1), { expectedRevision: 'no_stream' });
    const refusal = await refusalOf(
      store().appendToStreams([
        { streamName: first, events: someEvents(1), options: { expectedRevision: 'no_stream' } },
        { streamName: second, events: someEvents(1), options: { expectedRevision: 'no_stream' } },
      ]),
    );
    expect(refusal).toBeInstanceOf(WrongExpectedVersionError);
    expect(refusal).toMatchObject({ streamName: second, expected: 'no_stream', actual: 0n });
    expect(await idsOf(store(), [first, second])).toEqual([null, [expect.any(String)]]);
  });

  it('a tombstoned stream in one part refuses the whole append with StreamDeleted', async () => {
    const [first, deleted] = [uniqueStreamName('multi-live'), uniqueStreamName('multi-tombstoned')];
    await store().appendToStream(deleted, someEvents(1));
    await store().tombstoneStream(deleted);
    const refusal = await refusalOf(
      store().appendToStreams([
        { streamName: first, events: someEvents(1) },
        { streamName: deleted, events: someEvents(1) },
      ]),
    );
    expect(refusal).toBeInstanceOf(StreamDeletedError);
    expect(await idsOf(store(), [first])).toEqual([null]);
  });

  it('repeating the same append writes nothing more and reports the original results', async () => {
    const [first, second] = [uniqueStreamName('multi-repeat-a'), uniqueStreamName('multi-repeat-b')];
    const parts: StreamAppend[] = [
      { streamName: first, events: someEvents(1), options: { expectedRevision: 'no_stream' } },
      { streamName: second, events: someEvents(2), options: { expectedRevision: 'no_stream' } },
    ];
    const results = await store().appendToStreams(parts);
    expect(await store().appendToStreams(parts)).toEqual(results);
    expect((await idsOf(store(), [first, second])).map((ids) => ids?.length)).toEqual([1, 2]);
  });

  it('an invalid part refuses the whole append, naming the part and the field, and writes nothing', async () => {
    const [first, second] = [uniqueStreamName('multi-valid'), uniqueStreamName('multi-invalid')];
    const refusal = await refusalOf(
      store().appendToStreams([
        { streamName: first, events: someEvents(1) },
        { streamName: second, events: [withData({ on: new Date(0) })] },
      ]),
    );
    expect(refusal).toBeInstanceOf(InvalidAppendError);
    expect(refusal).toMatchObject({ field: 'parts[1].events[0].data.on' });
    expect(await idsOf(store(), [first, second])).toEqual([null, null]);
  });

  it('refuses two parts for one stream, and an empty list of parts', async () => {
    const streamName = uniqueStreamName('multi-twice');
    await expect(
      store().appendToStreams([
        { streamName, events: someEvents(1) },
        { streamName, events: someEvents(1) },
      ]),
    ).rejects.toMatchObject({ field: 'parts[1].streamName' });
    await expect(store().appendToStreams([])).rejects.toMatchObject({ field: 'parts' });
    expect(await idsOf(store(), [streamName])).toEqual([null]);
  });

  it('a subscriber sees every part’s events', async () => {
    const [first, second] = [uniqueStreamName('multi-live-a'), uniqueStreamName('multi-live-b')];
    const subscription = context.store().subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [first, second] } });
    const parts: StreamAppend[] = [
      { streamName: first, events: someEvents(1) },
      { streamName: second, events: someEvents(1) },
    ];
    const seen: string[] = [];
    const reading = (async () => {
      for await (const message of subscription) {
        if (message.kind !== 'event') continue;
        seen.push(message.event.id);
        if (seen.length === 2) break;
      }
    })();
    await store().appendToStreams(parts);
    await reading;
    await subscription.close();
    expect(seen).toEqual(parts.map((part) => part.events[0]?.id));
  });
};

/** Multi-stream appends are optional: an adapter that offers appendToStreams must keep these. */
export const multiStreamAppendCases = (context: ConformanceContext, offered: boolean): void => {
  describe('appendToStreams (atomic multi-stream append)', () => {
    if (offered) {
      multiStreamCases(context, () => context.store() as MultiStreamStore);
      return;
    }
    it('is not offered, so callers append part by part', () => {
      expect(context.store().appendToStreams).toBeUndefined();
    });
  });
};
