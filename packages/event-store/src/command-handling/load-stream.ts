import { StreamNotFoundError } from '../port/errors';
import type { RecordedEvent } from '../port/events';
import type { EventStore } from '../port/event-store';
import type { WrittenEvent } from './command-result';
import type { StreamStateCache } from './stream-state-cache';

/** What one command wrote (and where its last event is), and the fingerprint of the command as first handled. */
export interface CommandRecord {
  readonly fingerprint: string | undefined;
  readonly events: readonly WrittenEvent[];
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
  readonly commandResults: ReadonlyMap<string, CommandRecord>;
}

const metadataString = (event: RecordedEvent, key: string): string | undefined => {
  const value = event.metadata[key];
  return typeof value === 'string' ? value : undefined;
};

const emptyStream = <State>(initialState: State): LoadedStream<State> => ({
  state: initialState,
  revision: 'no_stream',
  lastHash: undefined,
  commandResults: new Map(),
});

const foldFrom = async <State, Event>(
  store: EventStore,
  streamName: string,
  start: LoadedStream<State>,
  fold: Fold<State, Event>,
  toDomainEvent: (event: RecordedEvent) => Event,
): Promise<LoadedStream<State>> => {
  let { state, revision, lastHash } = start;
  let commandResults: Map<string, CommandRecord> | undefined;
  const fromRevision = revision === 'no_stream' ? 'start' : revision + 1n;
  for await (const recorded of store.readStream(streamName, { fromRevision })) {
    state = fold.evolve(state, toDomainEvent(recorded));
    revision = recorded.revision;
    lastHash = metadataString(recorded, 'hash');
    const commandId = metadataString(recorded, 'commandId');
    if (commandId !== undefined) {
      commandResults ??= new Map(start.commandResults);
      const previous = commandResults.get(commandId);
      const written = { id: recorded.id, type: recorded.type, revision: recorded.revision };
      commandResults.set(commandId, {
        fingerprint: previous?.fingerprint ?? metadataString(recorded, 'commandFingerprint'),
        events: [...(previous?.events ?? []), written],
        position: recorded.position,
      });
    }
  }
  return { state, revision, lastHash, commandResults: commandResults ?? start.commandResults };
};

/**
 * Reads a stream and folds it into state, remembering each command id's events for idempotence.
 * With a cache, only the events after the cached revision are read.
 */
export const loadStream = async <State, Event>(
  store: EventStore,
  streamName: string,
  fold: Fold<State, Event>,
  toDomainEvent: (event: RecordedEvent) => Event,
  cache?: StreamStateCache<State>,
): Promise<LoadedStream<State>> => {
  const cached = cache?.get(streamName);
  try {
    const loaded = await foldFrom(store, streamName, cached ?? emptyStream(fold.initialState()), fold, toDomainEvent);
    cache?.set(streamName, loaded);
    return loaded;
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
    cache?.delete(streamName);
    return emptyStream(fold.initialState());
  }
};
