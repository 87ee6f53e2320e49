import {
  InvalidAppendError,
  InvalidArgumentError,
  WrongExpectedVersionError,
  type ExpectedRevision,
  type MemoryEventStore,
  type ProposedEvent,
} from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import type { WireEvent } from './proposed-events';
import { refuseTombstoned } from './stream-state-probe';
import { rememberWireBody, type WireBody } from './wire-bodies';
import { AccessDeniedError, WireRequestError } from './wire-errors';

export interface WireAppendResult {
  readonly nextExpectedRevision: bigint;
  /** The memory store's position of the last event written (or of the original write, for a repeat). */
  readonly position: bigint;
}

const asJsonObject = (bytes: Uint8Array): JsonObject | undefined => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as JsonObject) : undefined;
  } catch {
    return undefined;
  }
};

/** The memory store's copy of an event: its JSON when it is a JSON object, `{}` when the port cannot hold it. */
const portEventOf = (event: WireEvent, asPlaceholder: boolean): ProposedEvent => {
  const data = event.body.contentType === 'application/json' && !asPlaceholder ? asJsonObject(event.body.data) : undefined;
  const metadata = data === undefined || event.body.metadata.length === 0 ? undefined : asJsonObject(event.body.metadata);
  return { id: event.id, type: event.type, data: data ?? {}, ...(metadata === undefined ? {} : { metadata }) };
};

const remember = (store: MemoryEventStore, streamName: string, events: readonly WireEvent[], lastRevision: bigint): void => {
  const records = store.storage.streamRecords(streamName);
  const first = lastRevision - BigInt(events.length) + 1n;
  events.forEach((event, index) => {
    const record = records[Number(first) + index];
    if (record?.id === event.id) {
      rememberWireBody(record, event.body);
    }
  });
};

/**
 * A user stream: the write goes through the port (expected revision, idempotence, soft delete); the
 * memory store keeps each event's JSON object where it has one (`{}` where not) and the exact body
 * is remembered beside the record. Payloads the port refuses but a server stores (deeper than the
 * port allows, larger by the port's count) are written as placeholders.
 */
const appendToUserStream = async (
  store: MemoryEventStore,
  streamName: string,
  events: readonly WireEvent[],
  expectedRevision: ExpectedRevision,
): Promise<WireAppendResult> => {
  const system = events.find((event) => event.type.startsWith('$'));
  if (system !== undefined) {
    throw new WireRequestError(`events: the stand-in does not store "$" event types (${system.type}) in user streams; seed them with appendRecord`);
  }
  const write = (asPlaceholder: boolean) =>
    store.appendToStream(
      streamName,
      events.map((event) => portEventOf(event, asPlaceholder)),
      { expectedRevision },
    );
  const result = await write(false).catch((error: unknown) => {
    if (error instanceof InvalidAppendError && (error.field === 'events' || /\.(data|metadata)/.test(error.field))) {
      return write(true);
    }
    throw error;
  });
  remember(store, streamName, events, result.nextExpectedRevision);
  return result;
};

const currentRevision = (store: MemoryEventStore, streamName: string): bigint => BigInt(store.storage.streamRecords(streamName).length) - 1n;

/** An expected revision checked as EventStoreDB checks it for a stream nothing deletes (no idempotence kept). */
const checkExpected = (store: MemoryEventStore, streamName: string, expected: ExpectedRevision): void => {
  const current = currentRevision(store, streamName);
  const actual = current < 0n ? 'no_stream' : current;
  const fits =
    expected === 'any' ||
    (expected === 'no_stream' && actual === 'no_stream') ||
    (expected === 'stream_exists' && actual !== 'no_stream') ||
    (typeof expected === 'bigint' && expected === current);
  if (!fits) {
    throw new WrongExpectedVersionError(streamName, expected, actual);
  }
};

/** Writes records around the port (system streams, seeded records) and remembers their bodies. */
export const writeRecords = (
  store: MemoryEventStore,
  streamName: string,
  events: readonly WireEvent[],
  created: Date,
): WireAppendResult => {
  const records = store.storage.appendUnchecked(
    streamName,
    events.map((event) => {
      const port = portEventOf(event, false);
      return { id: event.id, type: event.type, data: port.data, metadata: port.metadata ?? {} };
    }),
    created,
  );
  records.forEach((record, index) => {
    const body: WireBody | undefined = events[index]?.body;
    if (body !== undefined) {
      rememberWireBody(record, body);
    }
  });
  const last = records[records.length - 1];
  return { nextExpectedRevision: currentRevision(store, streamName), position: last?.position ?? 0n };
};

/**
 * `$$<stream>`: stream metadata, JSON objects only (the stand-in reads its `$maxCount`, `$maxAge`
 * and `$tb`); the expected revision is checked, ids are not remembered for idempotence.
 */
const appendToMetastream = async (
  store: MemoryEventStore,
  streamName: string,
  events: readonly WireEvent[],
  expectedRevision: ExpectedRevision,
  created: Date,
): Promise<WireAppendResult> => {
  await refuseTombstoned(store, streamName);
  const notJson = events.findIndex((event) => event.body.contentType !== 'application/json' || asJsonObject(event.body.data) === undefined);
  if (notJson >= 0) {
    throw new InvalidArgumentError(`events[${notJson}].data`, 'the stand-in keeps stream metadata as JSON objects only');
  }
  checkExpected(store, streamName, expectedRevision);
  return writeRecords(store, streamName, events, created);
};

/**
 * An append as EventStoreDB takes it: any content in user streams, JSON objects in `$$<stream>`,
 * and other `$` streams refused as the default ACLs refuse an anonymous caller.
 */
export const appendWireEvents = (
  store: MemoryEventStore,
  streamName: string,
  events: readonly WireEvent[],
  expectedRevision: ExpectedRevision,
  created: Date,
): Promise<WireAppendResult> => {
  if (streamName.startsWith('$$')) {
    return appendToMetastream(store, streamName, events, expectedRevision, created);
  }
  if (streamName.startsWith('$')) {
    return Promise.reject(new AccessDeniedError(streamName));
  }
  return appendToUserStream(store, streamName, events, expectedRevision);
};
