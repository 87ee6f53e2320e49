import type { ChainBreak } from './chain-break';
import { summariseEvent, type EventSummary, type VerifiableEvent } from './event-summary';
import { initialStreamChainState, judgeEvent, type StreamChainState } from './stream-judgement';

/**
 * Streaming verifier: feed events one at a time in read order (streams may interleave, as in `readAll`).
 * Each event is settled when the next event of its stream arrives, so `push` reports the breaks of the
 * previous event of that stream and `end` reports the last ones. Memory: O(1) per stream, no event data kept.
 */
export interface ChainVerifier {
  push(event: VerifiableEvent): readonly ChainBreak[];
  end(): readonly ChainBreak[];
}

interface StreamProgress {
  readonly state: StreamChainState;
  readonly held: EventSummary;
}

export const createChainVerifier = (): ChainVerifier => {
  const streams = new Map<string, StreamProgress>();

  const settle = (streamName: string, progress: StreamProgress, next: EventSummary | undefined) => {
    const judgement = judgeEvent(progress.state, progress.held, next);
    return {
      state: judgement.state,
      breaks: judgement.breaks.map((found) => ({ streamName, ...found })),
    };
  };

  return {
    push: (event) => {
      const summary = summariseEvent(event);
      const progress = streams.get(event.streamName);
      if (progress === undefined) {
        streams.set(event.streamName, { state: initialStreamChainState, held: summary });
        return [];
      }
      const settled = settle(event.streamName, progress, summary);
      streams.set(event.streamName, { state: settled.state, held: summary });
      return settled.breaks;
    },
    end: () => {
      const breaks = [...streams].flatMap(([streamName, progress]) => settle(streamName, progress, undefined).breaks);
      streams.clear();
      return breaks;
    },
  };
};
