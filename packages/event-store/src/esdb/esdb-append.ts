import type { EventStoreDBClient } from '@eventstore/db-client';
import type { AppendOptions, AppendResult, EventSchema, ProposedEvent } from '../port';
import { validateAppend } from '../shared';
import { rethrowAsPortError } from './client-errors';
import { toClientEvent } from './client-events';
import { toClientExpectedRevision } from './client-options';

/** Validates exactly as the other adapters do, so a refused append sends nothing to the server. */
export const appendThroughClient =
  (client: EventStoreDBClient, schema: EventSchema) =>
  async (streamName: string, events: readonly ProposedEvent[], options?: AppendOptions): Promise<AppendResult> => {
    const append = validateAppend(streamName, events, options, schema);
    const clientEvents = append.events.map((validated, index) => toClientEvent({ ...events[index]!, id: validated.id }));
    const result = await client
      .appendToStream(append.streamName, clientEvents, {
        expectedRevision: toClientExpectedRevision(append.expectedRevision),
      })
      .catch(rethrowAsPortError({ streamName: append.streamName, expectedRevision: append.expectedRevision }));
    if (result.position === undefined) {
      throw new Error(`append to ${append.streamName}: the server sent no position (EventStoreDB 22.6 or later is needed)`);
    }
    return { nextExpectedRevision: result.nextExpectedRevision, position: result.position.commit };
  };
