import { randomUUID } from 'node:crypto';
import type { MemoryEventStore, RecordedEvent } from '@binaan/event-store';
import { LINK_TYPE, linkDataOf } from './link-resolution';
import type { WireContentType } from './wire-bodies';
import { writeRecords } from './wire-append';

type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A record as a server or another application writes it: any stream, any type, any payload. */
export interface SeedRecord {
  readonly streamName: string;
  readonly type: string;
  /** Bytes go as they are (`application/octet-stream` by default); anything else as its JSON. */
  readonly data: Uint8Array | JsonValue;
  /** Absent: no metadata at all (client 6.2.1 reads `undefined`). Bytes go as they are. */
  readonly metadata?: Uint8Array | JsonValue;
  readonly contentType?: WireContentType;
  readonly id?: string;
  readonly created?: Date;
}

const bytesOf = (value: Uint8Array | JsonValue): Uint8Array =>
  value instanceof Uint8Array ? value : Buffer.from(JSON.stringify(value), 'utf8');

/**
 * Writes one record straight into the store, around every check: what a server writes itself or
 * what other applications sharing the cluster write. Subscribers see it at once.
 */
export const appendRecord = (store: MemoryEventStore, record: SeedRecord): RecordedEvent => {
  const contentType = record.contentType ?? (record.data instanceof Uint8Array ? 'application/octet-stream' : 'application/json');
  const body = {
    contentType,
    data: bytesOf(record.data),
    metadata: record.metadata === undefined ? new Uint8Array() : bytesOf(record.metadata),
  };
  writeRecords(store, record.streamName, [{ id: record.id ?? randomUUID(), type: record.type, body }], record.created ?? new Date());
  const written = store.storage.streamRecords(record.streamName).at(-1);
  if (written === undefined) {
    throw new Error(`appendRecord: nothing was written to ${record.streamName}`);
  }
  return written;
};

/** A `$>` link in `linkStream` to `target`, as system projections write them (data `revision@stream`). */
export const appendLink = (store: MemoryEventStore, linkStream: string, target: RecordedEvent, created?: Date): RecordedEvent =>
  appendRecord(store, {
    streamName: linkStream,
    type: LINK_TYPE,
    data: Buffer.from(linkDataOf(target), 'utf8'),
    metadata: { $v: '1:-1:1:4', $c: Number(target.position), $p: Number(target.position), $o: target.streamName, $causedBy: target.id },
    ...(created === undefined ? {} : { created }),
  });

/**
 * What system projections add for `target`: links in `$ce-<category>` (the part before the first
 * `-`) and `$et-<type>`, and in `$streams` for a stream's first event.
 */
export const appendSystemProjectionLinks = (store: MemoryEventStore, target: RecordedEvent): readonly RecordedEvent[] => {
  const category = target.streamName.split('-')[0] ?? target.streamName;
  return [
    appendLink(store, `$ce-${category}`, target),
    appendLink(store, `$et-${target.type}`, target),
    ...(target.revision === 0n ? [appendLink(store, '$streams', target)] : []),
  ];
};

/**
 * The records a running node writes of its own, as they show in an unfiltered `$all`: settings,
 * the admin and ops users, projection definitions, statistics (with their metastream's `$maxAge`)
 * and a stream's metadata. Returns them in position order.
 */
export const seedServerRecords = (store: MemoryEventStore): readonly RecordedEvent[] => [
  appendRecord(store, { streamName: '$settings', type: '$settings', data: { $userStreamAcl: { $r: '$all', $w: '$all' } } }),
  appendRecord(store, { streamName: '$users', type: '$UserCreated', data: Buffer.from('admin', 'utf8') }),
  appendRecord(store, { streamName: '$user-admin', type: '$user', data: { loginName: 'admin', fullName: 'Event Store Administrator', groups: ['$admins'] } }),
  appendRecord(store, { streamName: '$projections-$all', type: '$ProjectionsInitialized', data: Buffer.from('', 'utf8') }),
  appendRecord(store, { streamName: '$projections-$all', type: '$ProjectionCreated', data: Buffer.from('$by_category', 'utf8') }),
  appendRecord(store, { streamName: '$$$stats-127.0.0.1:2113', type: '$metadata', data: { $maxAge: 86_400 } }),
  appendRecord(store, {
    streamName: '$stats-127.0.0.1:2113',
    type: '$statsCollected',
    data: { 'proc-startTime': '2026-01-01T00:00:00Z', 'proc-cpu': 1.5, 'es-queue-MainQueue-length': 0 },
  }),
  appendRecord(store, { streamName: '$$orders-7', type: '$metadata', data: { $maxCount: 100, $acl: { $r: '$all' } } }),
];

/**
 * Events other applications sharing the cluster write: a JSON object without metadata, binary
 * data, JSON whose data is a string or an array, and metadata that is not JSON.
 */
export const seedForeignEvents = (store: MemoryEventStore, streamName = 'orders-7'): readonly RecordedEvent[] => [
  appendRecord(store, { streamName, type: 'OrderPlaced', data: { orderId: 7, lines: 2 } }),
  appendRecord(store, { streamName, type: 'InvoicePdfAttached', data: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]) }),
  appendRecord(store, { streamName, type: 'NoteAdded', data: 'a JSON string, not an object', metadata: { source: 'crm' } }),
  appendRecord(store, { streamName, type: 'LinesReplaced', data: [1, 2, 3] }),
  appendRecord(store, { streamName, type: 'OrderShipped', data: { orderId: 7 }, metadata: Buffer.from('carrier=JNE; not json', 'utf8') }),
];
