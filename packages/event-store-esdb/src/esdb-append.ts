import type { AppendResult as ClientAppendResult, EventStoreDBClient } from '@eventstore/db-client';
import type { AppendOptions, AppendResult } from '@binaan/event-store';
import type { EventSchema } from '@binaan/event-store';
import type { ProposedEvent } from '@binaan/event-store';
import { validateAppend, type ValidatedAppend } from '@binaan/event-store/adapter-kit';
import { isTransientClientError, toPortError } from './client-errors';
import { toClientEvent } from './client-events';
import { toClientExpectedRevision } from './client-options';

/** A client can write into a connection that died a moment ago; ids make a repeated append harmless. */
const APPEND_ATTEMPTS = 3;
const RETRY_DELAY_MS = 50;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const appendWithRetries = async (
  send: () => Promise<ClientAppendResult>,
  append: ValidatedAppend,
  attempt = 1,
): Promise<ClientAppendResult> => {
  try {
    return await send();
  } catch (error) {
    if (attempt < APPEND_ATTEMPTS && isTransientClientError(error)) {
      await pause(RETRY_DELAY_MS * attempt);
      return appendWithRetries(send, append, attempt + 1);
    }
    throw toPortError(error, { streamName: append.streamName, expectedRevision: append.expectedRevision });
  }
};

/** Validates exactly as the other adapters do, so a refused append sends nothing to the server. */
export const appendThroughClient =
  (client: EventStoreDBClient, schema: EventSchema) =>
  async (streamName: string, events: readonly ProposedEvent[], options?: AppendOptions): Promise<AppendResult> => {
    const append = validateAppend(streamName, events, options, schema);
    // Ids go as given: EventStoreDB parses them and returns them in lower case, as validateAppend records them.
    const clientEvents = events.map(toClientEvent);
    const expectedRevision = toClientExpectedRevision(append.expectedRevision);
    const result = await appendWithRetries(
      () => client.appendToStream(append.streamName, clientEvents, { expectedRevision }),
      append,
    );
    if (result.position === undefined) {
      throw new Error(`append to ${append.streamName}: the server sent no position (EventStoreDB 22.6 or later is needed)`);
    }
    return { nextExpectedRevision: result.nextExpectedRevision, position: result.position.commit };
  };
