import { StreamNotFoundError } from '@binaan/event-store';
import type { RecordedEvent } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import type { WrittenEvent } from './command-result';

/** What one command wrote (and where its last event is), and the fingerprint of the command as first handled. */
export interface CommandRecord {
  readonly fingerprint: string | undefined;
  readonly events: readonly WrittenEvent[];
  readonly position: bigint;
}

/** A metadata value that is a string, or undefined. */
export const metadataString = (event: RecordedEvent, key: string): string | undefined => {
  const value = event.metadata[key];
  return typeof value === 'string' ? value : undefined;
};

export const commandIdOf = (event: RecordedEvent): string | undefined => metadataString(event, 'commandId');

/**
 * What the command with this id wrote to the stream, read from the stream: asked only when a command
 * id comes back, to answer it with the first result (or to refuse other content under the same id).
 */
export const readCommandRecord = async (store: EventStore, streamName: string, commandId: string): Promise<CommandRecord | undefined> => {
  let fingerprint: string | undefined;
  const events: WrittenEvent[] = [];
  let position = 0n;
  try {
    for await (const recorded of store.readStream(streamName)) {
      if (commandIdOf(recorded) !== commandId) continue;
      fingerprint ??= metadataString(recorded, 'commandFingerprint');
      events.push({ id: recorded.id, type: recorded.type, revision: recorded.revision });
      position = recorded.position;
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return events.length === 0 ? undefined : { fingerprint, events, position };
};
