import type { LoadedStream } from './loaded-stream';

/**
 * Folded streams kept between commands, so a command reads and folds only the events appended
 * since its stream was last loaded instead of the whole history. Least recently used streams are
 * dropped first. Valid because command handling only ever appends to its streams.
 */
export interface StreamStateCache<State> {
  get(streamName: string): LoadedStream<State> | undefined;
  set(streamName: string, loaded: LoadedStream<State>): void;
  delete(streamName: string): void;
}

export const createStreamStateCache = <State>(maxStreams = 10_000): StreamStateCache<State> => {
  const entries = new Map<string, LoadedStream<State>>();
  return {
    get: (streamName) => {
      const loaded = entries.get(streamName);
      if (loaded !== undefined) {
        entries.delete(streamName);
        entries.set(streamName, loaded);
      }
      return loaded;
    },
    set: (streamName, loaded) => {
      const cached = entries.get(streamName);
      if (cached !== undefined && cached.revision !== 'no_stream' && (loaded.revision === 'no_stream' || loaded.revision <= cached.revision)) {
        return;
      }
      entries.delete(streamName);
      entries.set(streamName, loaded);
      if (entries.size > maxStreams) entries.delete(entries.keys().next().value as string);
    },
    delete: (streamName) => {
      entries.delete(streamName);
    },
  };
};
