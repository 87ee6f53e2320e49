import { jsonEvent, type AllStreamResolvedEvent, type EventData, type JSONType, type ResolvedEvent } from '@eventstore/db-client';
import type { JsonObject } from '@binaan/canonical-json';
import type { ProposedEvent, RecordedEvent } from '@binaan/event-store';
import type { SkipReason } from './skipped-records';

/** Events as `@eventstore/db-client` takes and gives them, mapped to and from the port's shapes. */

export const toClientEvent = (event: ProposedEvent): EventData =>
  jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as JSONType,
    ...(event.metadata === undefined ? {} : { metadata: event.metadata }),
  });

type ClientResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;
type ClientRecordedEvent = NonNullable<ClientResolvedEvent['event']>;

/** The type of the link events system projections write (`$ce-…`, `$et-…`, `$streams`). */
export const LINK_EVENT_TYPE = '$>';

/** EventStoreDB's own records: `$`-streams (metadata, stats, settings) and `$`-types (`$streamDeleted`, `$>`). */
export const isSystemEvent = (event: Pick<ClientRecordedEvent, 'streamId' | 'type'>): boolean =>
  event.streamId.startsWith('$') || event.type.startsWith('$');

/** Which streams are the application's: every other stream's events are skipped as foreign. */
export type OwnStreams = (streamName: string) => boolean;

/** Without a list, every stream that is not a system stream is taken as the application's own. */
export const ownStreamsOf = (prefixes: readonly string[] | undefined): OwnStreams =>
  prefixes === undefined ? () => true : (streamName) => prefixes.some((prefix) => streamName.startsWith(prefix));

/**
 * One of the application's own events that the port cannot represent (data or metadata that is not a
 * JSON object: binary, a string, an array, bytes that are not JSON). Reading stops here rather than
 * let the event vanish; the message names where it is and why, never its content.
 */
export class UndecodableEventError extends Error {
  constructor(
    readonly position: bigint,
    readonly eventType: string,
    readonly streamName: string,
    readonly reason: string,
  ) {
    super(`event at position ${position} (type ${eventType}, stream ${streamName}) cannot be read: ${reason}`);
  }
}

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const describeValue = (value: unknown, isJson: boolean): string =>
  value instanceof Uint8Array
    ? isJson
      ? 'bytes that are not JSON'
      : 'binary (application/octet-stream)'
    : Array.isArray(value)
      ? 'a JSON array'
      : `a JSON ${value === null ? 'null' : typeof value}`;

const positionOf = (resolved: ClientResolvedEvent, event: ClientRecordedEvent): bigint => {
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined) {
    throw new Error(`event ${event.id}: the server sent no position (EventStoreDB 22.6 or later is needed)`);
  }
  return position;
};

/** What the adapter does with one record of the server's log. */
export type ClientEventClass =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly position: bigint; readonly streamName: string }
  /** A link whose target is gone (only when links are resolved; the adapter never asks). */
  | { readonly kind: 'nothing' };

/**
 * Sorts one record: the port's event, or skipped (system records, links, other applications'
 * events). Metadata may be absent on any event (another tool wrote it without): it reads as `{}`.
 * Throws UndecodableEventError for an own event the port cannot represent.
 */
export const classifyClientEvent = (resolved: ClientResolvedEvent, ownStreams: OwnStreams = () => true): ClientEventClass => {
  const event = resolved.event ?? resolved.link;
  if (event === undefined) {
    return { kind: 'nothing' };
  }
  const position = positionOf(resolved, event);
  if (event.type === LINK_EVENT_TYPE || resolved.link !== undefined) {
    return { kind: 'skipped', reason: 'links', position, streamName: event.streamId };
  }
  if (isSystemEvent(event)) {
    return { kind: 'skipped', reason: 'system', position, streamName: event.streamId };
  }
  if (!ownStreams(event.streamId)) {
    return { kind: 'skipped', reason: 'foreign', position, streamName: event.streamId };
  }
  if (!isJsonObject(event.data)) {
    throw new UndecodableEventError(position, event.type, event.streamId, `its data is ${describeValue(event.data, event.isJson)}, not a JSON object`);
  }
  if (event.metadata !== undefined && !isJsonObject(event.metadata)) {
    throw new UndecodableEventError(position, event.type, event.streamId, `its metadata is ${describeValue(event.metadata, true)}, not a JSON object`);
  }
  return {
    kind: 'event',
    event: {
      id: event.id,
      type: event.type,
      streamName: event.streamId,
      revision: event.revision,
      position,
      data: event.data,
      metadata: event.metadata ?? {},
      created: event.created,
    },
  };
};

/** The port's event, or `undefined` for what the port does not show (system records, links, foreign events). */
export const toRecordedEvent = (resolved: ClientResolvedEvent, ownStreams?: OwnStreams): RecordedEvent | undefined => {
  const sorted = classifyClientEvent(resolved, ownStreams);
  return sorted.kind === 'event' ? sorted.event : undefined;
};
