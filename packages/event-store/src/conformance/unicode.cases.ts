import { describe, expect, it } from '@jest/globals';
import {
  collect,
  expectStreamDeleted,
  expectStreamNotFound,
  readIds,
  someEvents,
  uniqueStreamName,
  type ConformanceContext,
} from './conformance-fixtures';

export const unicodeCases = (context: ConformanceContext): void => {
  describe('unicode stream names', () => {
    it('append, read, filter by prefix and delete a stream named in several scripts', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('peserta-Ñandú-漢字-😀');
      const events = someEvents(2);
      await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
      expect(await readIds(store, streamName)).toEqual(events.map((event) => event.id));
      const all = await collect(store.readAll({ filter: { streamPrefixes: [streamName] } }));
      expect(all.map((event) => [event.streamName, event.id])).toEqual(events.map((event) => [streamName, event.id]));
      await store.deleteStream(streamName);
      await expectStreamNotFound(collect(store.readStream(streamName)), streamName);
      await store.tombstoneStream(streamName);
      await expectStreamDeleted(collect(store.readStream(streamName)), streamName);
    });
  });
};
