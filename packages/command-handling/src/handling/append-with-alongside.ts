import type { AppendResult, StreamAppend } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';

const appendTogether = async (store: EventStore, alongside: readonly StreamAppend[], main: StreamAppend): Promise<AppendResult> => {
  if (store.appendToStreams !== undefined) {
    const results = await store.appendToStreams([...alongside, main]);
    const result = results[results.length - 1];
    if (result === undefined) throw new Error('appendToStreams returned no result for the command stream');
    return result;
  }
  for (const part of alongside) await store.appendToStream(part.streamName, part.events, part.options);
  return store.appendToStream(main.streamName, main.events, main.options);
};

/**
 * Appends a command's events together with the appends that belong with them on other streams (an
 * enrolment's reservation claim). Where the store offers appendToStreams, all of it is one atomic
 * write: no claim without its enrolment, and one commit (one fsync on SQLite) instead of two. Other
 * stores take the other streams first, one by one, so a claim is always in place before what it
 * guards; callers must then cope with a claim whose command never got written, as they did before.
 * Returns the command stream's result; a WrongExpectedVersionError names the stream that conflicted.
 */
export const appendWithAlongside = (store: EventStore, alongside: readonly StreamAppend[], main: StreamAppend): Promise<AppendResult> =>
  // Most commands have nothing alongside: their append's own promise, without another async layer.
  alongside.length === 0 ? store.appendToStream(main.streamName, main.events, main.options) : appendTogether(store, alongside, main);
