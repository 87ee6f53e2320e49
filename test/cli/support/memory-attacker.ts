import { chainEvents, computeEventHash, GENESIS_HASH } from '@binaan/integrity';
import { type JsonObject } from '@binaan/canonical-json';
import { type MemoryEventStore, type RecordedEvent } from '@binaan/event-store';
import { backdated, FORGED_EVENT_ID, type Attacker } from './attacker';

/**
 * Plays the attacker with access to the EventStoreDB stand-in's storage (the memory adapter behind
 * the wire): records are replaced in place through `storage.tamper`, and a deletion edits the
 * stored record list itself, since the storage offers no way to remove a record.
 */
export const memoryAttacker = (store: MemoryEventStore): Attacker => {
  const { storage } = store;
  const streamRows = (streamName: string): RecordedEvent[] =>
    storage
      .records()
      .filter((record) => record.streamName === streamName)
      .sort((a, b) => (a.revision < b.revision ? -1 : 1));
  const at = (streamName: string, revision: number): RecordedEvent => streamRows(streamName).find((record) => record.revision === BigInt(revision))!;

  return {
    participantStreamWith: (events) => {
      const counts = new Map<string, number>();
      for (const record of storage.records()) {
        if (record.streamName.startsWith('participant-')) counts.set(record.streamName, (counts.get(record.streamName) ?? 0) + 1);
      }
      return [...counts].filter(([, count]) => count >= events).map(([name]) => name).sort()[0]!;
    },
    eventsIn: (streamName) => streamRows(streamName).length,
    changeOneByte: (streamName, revision) => {
      const target = at(streamName, revision);
      const text = JSON.stringify(target.data);
      const index = text.search(/\d(?=")/);
      const changed = `${text.slice(0, index)}${text[index] === '1' ? '2' : '1'}${text.slice(index + 1)}`;
      storage.tamper(target.position, (record) => ({ ...record, data: JSON.parse(changed) as JsonObject }));
    },
    deleteEvent: (streamName, revision) => {
      const records = storage.records() as RecordedEvent[];
      records.splice(records.indexOf(at(streamName, revision)), 1);
    },
    swapRevisions: (streamName, first, second) => {
      const [a, b] = [at(streamName, first), at(streamName, second)];
      storage.tamper(a.position, (record) => ({ ...record, revision: BigInt(second) }));
      storage.tamper(b.position, (record) => ({ ...record, revision: BigInt(first) }));
    },
    insertForged: async (streamName, revision) => {
      const genuine = streamRows(streamName).filter((record) => record.revision >= BigInt(revision));
      const template = genuine[0]!;
      const data = { ...template.data, moduleId: 'pendanaan-usaha', result: 'competent' };
      const metadata: JsonObject = { ...template.metadata, eventId: FORGED_EVENT_ID, prevHash: 'f'.repeat(64) };
      const hash = computeEventHash({ streamName, revision: BigInt(revision), type: 'ModuleCompleted', data, metadata });
      const appended = await store.appendToStream(streamName, [{ id: FORGED_EVENT_ID, type: 'ModuleCompleted', data, metadata: { ...metadata, hash } }], {
        expectedRevision: 'any',
      });
      for (const record of genuine) storage.tamper(record.position, (stored) => ({ ...stored, revision: stored.revision + 1n }));
      storage.tamper(appended.position, (stored) => ({ ...stored, revision: BigInt(revision) }));
      return FORGED_EVENT_ID;
    },
    rewriteStreamConsistently: (streamName) => {
      const records = streamRows(streamName);
      const rechained = chainEvents(
        streamName,
        0n,
        GENESIS_HASH,
        records.map((record) => ({ type: record.type, data: backdated(record.data), metadata: record.metadata })),
      );
      records.forEach((record, index) =>
        storage.tamper(record.position, (stored) => ({ ...stored, data: rechained[index]!.data, metadata: rechained[index]!.metadata })),
      );
    },
    close: () => undefined,
  };
};
