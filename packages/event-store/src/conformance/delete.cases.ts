import { describe, expect, it } from '@jest/globals';
import type { EventStore } from '../port/event-store';
import {
  collect,
  expectStreamDeleted,
  expectStreamNotFound,
  expectWrongExpectedVersion,
  proposedEvent,
  readIds,
  someEvents,
  uniqueStreamName,
  type ConformanceContext,
} from './conformance-fixtures';

const withTwoEvents = async (store: EventStore, label: string) => {
  const streamName = uniqueStreamName(label);
  const result = await store.appendToStream(streamName, someEvents(2), { expectedRevision: 'no_stream' });
  return { streamName, result };
};

export const deleteCases = (context: ConformanceContext): void => {
  describe('deleteStream (soft delete)', () => {
    it('hides the stream from reads; a later append continues the revisions and shows only new events', async () => {
      const store = context.store();
      const { streamName, result } = await withTwoEvents(store, 'soft-delete');
      const deleted = await store.deleteStream(streamName);
      expect(deleted.position > result.position).toBe(true);
      await expectStreamNotFound(collect(store.readStream(streamName)), streamName);
      const fresh = proposedEvent();
      const after = await store.appendToStream(streamName, [fresh]);
      expect(after.nextExpectedRevision).toBe(2n);
      expect(after.position > deleted.position).toBe(true);
      expect(await readIds(store, streamName)).toEqual([fresh.id]);
    });

    it('conflicts with actual no_stream on a stream never written', async () => {
      const streamName = uniqueStreamName('soft-delete-missing');
      await expectWrongExpectedVersion(context.store().deleteStream(streamName), streamName, 'no_stream');
    });

    it('checks the expected revision', async () => {
      const store = context.store();
      const { streamName } = await withTwoEvents(store, 'soft-delete-expected');
      await expectWrongExpectedVersion(store.deleteStream(streamName, { expectedRevision: 0n }), streamName, 1n);
      await expectWrongExpectedVersion(store.deleteStream(streamName, { expectedRevision: 'no_stream' }), streamName, 1n);
      await expectWrongExpectedVersion(
        store.deleteStream(streamName, { expectedRevision: 2n ** 53n + 1n }),
        streamName,
        1n,
      );
      await store.deleteStream(streamName, { expectedRevision: 1n });
      await expectStreamNotFound(collect(store.readStream(streamName)), streamName);
    });

    it('can delete a soft-deleted stream again', async () => {
      const store = context.store();
      const { streamName } = await withTwoEvents(store, 'soft-delete-twice');
      const first = await store.deleteStream(streamName);
      const second = await store.deleteStream(streamName);
      expect(second.position > first.position).toBe(true);
    });

    it('fails with StreamDeletedError on a tombstoned stream', async () => {
      const store = context.store();
      const { streamName } = await withTwoEvents(store, 'soft-delete-tombstoned');
      await store.tombstoneStream(streamName);
      await expectStreamDeleted(store.deleteStream(streamName), streamName);
    });
  });

  describe('tombstoneStream (hard delete)', () => {
    it('afterwards every read, append, delete and tombstone fails with StreamDeletedError', async () => {
      const store = context.store();
      const { streamName, result } = await withTwoEvents(store, 'tombstone');
      const tombstoned = await store.tombstoneStream(streamName);
      expect(tombstoned.position > result.position).toBe(true);
      await expectStreamDeleted(collect(store.readStream(streamName)), streamName);
      await expectStreamDeleted(collect(store.readStream(streamName, { direction: 'backwards' })), streamName);
      await expectStreamDeleted(store.appendToStream(streamName, someEvents(1)), streamName);
      await expectStreamDeleted(store.appendToStream(streamName, someEvents(1), { expectedRevision: 'no_stream' }), streamName);
      await expectStreamDeleted(store.deleteStream(streamName), streamName);
      await expectStreamDeleted(store.tombstoneStream(streamName), streamName);
    });

    it('works on a stream never written', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('tombstone-missing');
      await store.tombstoneStream(streamName, { expectedRevision: 'no_stream' });
      await expectStreamDeleted(collect(store.readStream(streamName)), streamName);
      await expectStreamDeleted(store.appendToStream(streamName, someEvents(1)), streamName);
    });

    it('works on a soft-deleted stream', async () => {
      const store = context.store();
      const { streamName } = await withTwoEvents(store, 'tombstone-soft-deleted');
      await store.deleteStream(streamName);
      await store.tombstoneStream(streamName);
      await expectStreamDeleted(collect(store.readStream(streamName)), streamName);
    });

    it('checks the expected revision', async () => {
      const store = context.store();
      const { streamName } = await withTwoEvents(store, 'tombstone-expected');
      await expectWrongExpectedVersion(store.tombstoneStream(streamName, { expectedRevision: 0n }), streamName, 1n);
      await expectWrongExpectedVersion(
        store.tombstoneStream(streamName, { expectedRevision: 'no_stream' }),
        streamName,
        1n,
      );
      expect(await readIds(store, streamName)).toHaveLength(2);
      await store.tombstoneStream(streamName, { expectedRevision: 1n });
      await expectStreamDeleted(collect(store.readStream(streamName)), streamName);
    });
  });
};
