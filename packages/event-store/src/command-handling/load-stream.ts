import { StreamNotFoundError, type RecordedEvent, type EventStore } from '../port';
import type { WrittenEvent } from './command-result';

export interface PositionedEvent extends WrittenEvent {
  readonly position: bigint;
}

export interface Fold<State, Event> {
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}

export interface LoadedStream<State> {
  readonly state: State;
  readonly revision: bigint | 'no_stream';
  /** The last event's chain hash, or undefined for an empty stream. */
  readonly lastHash: string | undefined;
  /** What each command already in the stream wrote, by command id. */
  readonly commandResults: ReadonlyMap<string, readonly PositionedEvent[]>;
}

const metadataString = (event: RecordedEvent, key: string): string | undefined => {
  const value = event.metadata[key];
  return typeof value === 'string' ? value : undefined;
};

/** Reads a stream and folds it into state, remembering each command id's events for idempotence. */
export const loadStream = async <State, Event>(
  store: EventStore,
  streamName: string,
  fold: Fold<State, Event>,
  toDomainEvent: (event: RecordedEvent) => Event,
): Promise<LoadedStream<State>> => {
  let state = fold.initialState();
  let revision: bigint | 'no_stream' = 'no_stream';
  let lastHash: string | undefined;
  const commandResults = new Map<string, PositionedEvent[]>();
  try {
    for await (const recorded of store.readStream(streamName)) {
      state = fold.evolve(state, toDomainEvent(recorded));
      revision = recorded.revision;
      lastHash = metadataString(recorded, 'hash');
      const commandId = metadataString(recorded, 'commandId');
      if (commandId !== undefined) {
        const written = commandResults.get(commandId) ?? [];
        written.push({ id: recorded.id, type: recorded.type, revision: recorded.revision, position: recorded.position });
        commandResults.set(commandId, written);
      }
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return { state, revision, lastHash, commandResults };
};
