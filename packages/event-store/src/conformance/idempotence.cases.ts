import { describe, expect, it } from '@jest/globals';
import {
  collect,
  expectWrongExpectedVersion,
  nth,
  proposedEvent,
  readIds,
  someEvents,
  uniqueStreamName,
  type ConformanceContext,
} from './conformance-fixtures';

export const idempotenceCases = (context: ConformanceContext): void => {
  describe('appendToStream idempotence by event id', () => {
    it('repeating an append with no_stream writes nothing and returns the original result', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-no-stream');
      const events = someEvents(2);
      const first = await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
      const repeat = await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
      expect(repeat).toEqual(first);
      expect(await readIds(store, streamName)).toEqual(events.map((event) => event.id));
    });

    it('repeating an append with any writes nothing, even after later writes, and reports the original write', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-any');
      const events = someEvents(2);
      const first = await store.appendToStream(streamName, events, { expectedRevision: 'any' });
      const later = proposedEvent();
      await store.appendToStream(streamName, [later], { expectedRevision: 'any' });
      const repeat = await store.appendToStream(streamName, events, { expectedRevision: 'any' });
      expect(repeat).toEqual(first);
      expect(await readIds(store, streamName)).toEqual([...events, later].map((event) => event.id));
    });

    it('repeating with stream_exists or an exact revision returns the original revision and position', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-exact');
      const opening = someEvents(2);
      await store.appendToStream(streamName, opening, { expectedRevision: 'no_stream' });
      const next = someEvents(1);
      const first = await store.appendToStream(streamName, next, { expectedRevision: 1n });
      await store.appendToStream(streamName, someEvents(1), { expectedRevision: 2n });
      expect(await store.appendToStream(streamName, next, { expectedRevision: 1n })).toEqual(first);
      expect(await store.appendToStream(streamName, next, { expectedRevision: 'stream_exists' })).toEqual(first);
      expect(await readIds(store, streamName)).toHaveLength(4);
    });

    it('a repeat of the first events only reports the last repeated one, not the head', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-prefix');
      const events = someEvents(3);
      await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
      const firstRecorded = nth(await collect(store.readStream(streamName, { maxCount: 1 })), 0);
      const repeat = await store.appendToStream(streamName, [nth(events, 0)], { expectedRevision: 'no_stream' });
      expect(repeat).toEqual({ nextExpectedRevision: 0n, position: firstRecorded.position });
      expect(await readIds(store, streamName)).toHaveLength(3);
    });

    it('a partial overlap at an exact revision is a conflict and writes nothing', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-partial-exact');
      const a = proposedEvent();
      const b = proposedEvent();
      await store.appendToStream(streamName, [a, b], { expectedRevision: 'no_stream' });
      await expectWrongExpectedVersion(
        store.appendToStream(streamName, [b, proposedEvent()], { expectedRevision: 0n }),
        streamName,
        1n,
      );
      expect(await readIds(store, streamName)).toEqual([a.id, b.id]);
    });

    it('a partial overlap with any is a conflict and writes nothing', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-partial-any');
      const a = proposedEvent();
      const b = proposedEvent();
      await store.appendToStream(streamName, [a, b], { expectedRevision: 'any' });
      await expectWrongExpectedVersion(
        store.appendToStream(streamName, [b, proposedEvent()], { expectedRevision: 'any' }),
        streamName,
        1n,
      );
      expect(await readIds(store, streamName)).toEqual([a.id, b.id]);
    });

    it('an id appended to another stream is a new write there', async () => {
      const store = context.store();
      const event = proposedEvent();
      await store.appendToStream(uniqueStreamName('idempotent-elsewhere'), [event]);
      const streamName = uniqueStreamName('idempotent-here');
      const result = await store.appendToStream(streamName, [event], { expectedRevision: 'any' });
      expect(result.nextExpectedRevision).toBe(0n);
      expect(await readIds(store, streamName)).toEqual([event.id]);
    });

    it('stores ids in lower case, as EventStoreDB returns them', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('idempotent-case');
      const event = proposedEvent();
      await store.appendToStream(streamName, [{ ...event, id: event.id.toUpperCase() }]);
      expect(await readIds(store, streamName)).toEqual([event.id.toLowerCase()]);
    });
  });
};
