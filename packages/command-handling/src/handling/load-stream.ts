import { StreamNotFoundError } from '@binaan/event-store';
import type { RecordedEvent } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import { commandIdOf, metadataString } from './command-record';
import { provenanceOf, type EventProvenance } from './event-provenance';
import type { LoadedStream } from './loaded-stream';
import type { StreamStateCache } from './stream-state-cache';

export interface Fold<State, Event> {
  readonly evolve: (state: State, event: Event, provenance: EventProvenance) => State;
  readonly initialState: () => State;
}

const emptyStream = <State>(initialState: State): LoadedStream<State> => ({
  state: initialState,
  revision: 'no_stream',
  lastHash: undefined,
  commandIds: new Set(),
});

const foldFrom = async <State, Event>(
  store: EventStore,
  streamName: string,
  start: LoadedStream<State>,
  fold: Fold<State, Event>,
  toDomainEvent: (event: RecordedEvent) => Event,
): Promise<LoadedStream<State>> => {
  let { state, revision, lastHash } = start;
  const { commandIds } = start;
  const fromRevision = revision === 'no_stream' ? 'start' : revision + 1n;
  for await (const recorded of store.readStream(streamName, { fromRevision })) {
    state = fold.evolve(state, toDomainEvent(recorded), provenanceOf(recorded));
    revision = recorded.revision;
    lastHash = metadataString(recorded, 'hash');
    const commandId = commandIdOf(recorded);
    if (commandId !== undefined) commandIds.add(commandId);
  }
  return { state, revision, lastHash, commandIds };
};

/**
 * Reads a stream and folds it into state, remembering the ids of the commands in it for idempotence.
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
