import { StreamDeletedError, type MemoryEventStore } from '@binaan/event-store';

/**
 * Throws StreamDeletedError for a tombstoned stream, through the port: a read of zero events still
 * checks the stream's state. `$$<stream>` follows its stream; other system streams are never deleted.
 */
export const refuseTombstoned = async (store: MemoryEventStore, streamName: string): Promise<void> => {
  const target = streamName.startsWith('$$') ? streamName.slice(2) : streamName;
  if (target.startsWith('$')) {
    return;
  }
  try {
    for await (const _event of store.readStream(target, { maxCount: 0 })) {
      return;
    }
  } catch (error) {
    if (error instanceof StreamDeletedError) {
      throw new StreamDeletedError(streamName);
    }
  }
};
