import type { RecordedEvent } from '@binaan/event-store';

/** The wire's content types: EventStoreDB stores either, whatever the bytes hold. */
export type WireContentType = 'application/json' | 'application/octet-stream';

/**
 * An event exactly as a client (or a seeding test) gave it: the bytes a server stores and sends back.
 * Empty `metadata` is metadata never given, which client 6.2.1 reads back as `undefined`.
 */
export interface WireBody {
  readonly contentType: WireContentType;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

/**
 * Bodies kept beside the memory store's records, keyed by the record object: the memory store holds
 * JSON objects only, so an event it cannot hold is stored there as `{}` and its body lives here. A
 * record replaced with `storage.tamper` is a new object without a body: it goes out as its JSON,
 * so tampering shows on the wire. A copy of the store made through the port loses the bodies.
 */
const bodies = new WeakMap<RecordedEvent, WireBody>();

export const rememberWireBody = (record: RecordedEvent, body: WireBody): void => {
  if (!bodies.has(record)) {
    bodies.set(record, body);
  }
};

/** A tombstone's record carries no data, as EventStoreDB writes it. */
const isTombstoneRecord = (record: RecordedEvent): boolean => record.type === '$streamDeleted';

const jsonBytes = (value: object): Uint8Array => Buffer.from(JSON.stringify(value), 'utf8');

/** What goes on the wire for a record: its remembered body, or its JSON as the memory store holds it. */
export const wireBodyOf = (record: RecordedEvent): WireBody =>
  bodies.get(record) ??
  (isTombstoneRecord(record)
    ? { contentType: 'application/octet-stream', data: new Uint8Array(), metadata: new Uint8Array() }
    : { contentType: 'application/json', data: jsonBytes(record.data), metadata: jsonBytes(record.metadata) });
