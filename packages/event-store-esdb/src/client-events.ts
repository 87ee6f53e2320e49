import { jsonEvent, type AllStreamResolvedEvent, type EventData, type JSONType, type ResolvedEvent } from '@eventstore/db-client';
import type { JsonObject } from '@binaan/canonical-json';
import type { ProposedEvent, RecordedEvent } from '@binaan/event-store';

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

/** EventStoreDB's own records: `$`-streams (metadata, stats, settings) and `$`-types (`$streamDeleted`, `$>`). */
export const isSystemEvent = (event: Pick<ClientRecordedEvent, 'streamId' | 'type'>): boolean =>
  event.streamId.startsWith('$') || event.type.startsWith('$');

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const jsonObjectOf = (value: unknown, part: string, event: ClientRecordedEvent): JsonObject => {
  if (!isJsonObject(value)) {
    throw new Error(`event ${event.id}: ${part} is not a JSON object, which the EventStore port cannot represent`);
  }
  return value;
};

const positionOf = (resolved: ClientResolvedEvent, event: ClientRecordedEvent): bigint => {
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined) {
    throw new Error(`event ${event.id}: the server sent no position (EventStoreDB 22.6 or later is needed)`);
  }
  return position;
};

/** `undefined` for what the port does not show: system events, and links whose target is gone. */
export const toRecordedEvent = (resolved: ClientResolvedEvent): RecordedEvent | undefined => {
  const event = resolved.event;
  if (event === undefined || isSystemEvent(event)) {
    return undefined;
  }
  return {
    id: event.id,
    type: event.type,
    streamName: event.streamId,
    revision: event.revision,
    position: positionOf(resolved, event),
    data: jsonObjectOf(event.data, 'data', event),
    metadata: event.metadata === undefined ? {} : jsonObjectOf(event.metadata, 'metadata', event),
    created: event.created,
  };
};
