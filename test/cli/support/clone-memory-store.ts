import { createMemoryEventStore, type MemoryEventStore } from '@binaan/event-store';

/**
 * A copy of a memory store with every record at the same position, appended in position order, so
 * the read models projected from the original fit the copy.
 */
export const cloneMemoryStore = async (original: MemoryEventStore): Promise<MemoryEventStore> => {
  const clone = createMemoryEventStore();
  for (const record of original.storage.records()) {
    await clone.appendToStream(record.streamName, [{ id: record.id, type: record.type, data: record.data, metadata: record.metadata }], {
      expectedRevision: 'any',
    });
  }
  return clone;
};
