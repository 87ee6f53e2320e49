import * as fc from 'fast-check';
import { ParticipantEvent, ParticipantId, participantStreamName } from '@binaan/domain';
import { arbParticipantHistory, HistoryOptions, ParticipantHistory } from './history-arbitraries';

/** One event in a store-wide order, with its place in its own stream. */
export interface InterleavedEvent {
  readonly participantId: ParticipantId;
  readonly streamName: string;
  /** 0-based revision within the participant's stream. */
  readonly revision: number;
  readonly event: ParticipantEvent;
}

export interface MultiParticipantHistory {
  readonly histories: readonly ParticipantHistory[];
  /** Every event of every participant, interleaved; each stream keeps its own order. */
  readonly interleaved: readonly InterleavedEvent[];
}

export interface MultiHistoryOptions extends HistoryOptions {
  readonly minParticipants?: number;
  readonly maxParticipants?: number;
}

const interleave = (histories: readonly ParticipantHistory[], picks: readonly number[]): readonly InterleavedEvent[] =>
  picks.reduce<{ readonly cursors: readonly number[]; readonly order: readonly InterleavedEvent[] }>(
    ({ cursors, order }, pick) => {
      const open = histories.flatMap((history, index) => ((cursors[index] ?? 0) < history.events.length ? [index] : []));
      const chosen = open[pick % open.length] ?? 0;
      const history = histories[chosen] as ParticipantHistory;
      const revision = cursors[chosen] ?? 0;
      return {
        cursors: cursors.map((cursor, index) => (index === chosen ? cursor + 1 : cursor)),
        order: [
          ...order,
          {
            participantId: history.participantId,
            streamName: participantStreamName(history.participantId),
            revision,
            event: history.events[revision] as ParticipantEvent,
          },
        ],
      };
    },
    { cursors: histories.map(() => 0), order: [] },
  ).order;

/** Several participants with distinct ids, and one store-wide order of their events. */
export const arbMultiParticipantHistory = ({
  minParticipants = 1,
  maxParticipants = 6,
  ...options
}: MultiHistoryOptions = {}): fc.Arbitrary<MultiParticipantHistory> =>
  fc
    .uniqueArray(arbParticipantHistory(options), {
      minLength: minParticipants,
      maxLength: maxParticipants,
      selector: (history) => history.participantId,
    })
    .chain((histories) => {
      const total = histories.reduce((sum, history) => sum + history.events.length, 0);
      return fc
        .array(fc.nat(), { minLength: total, maxLength: total })
        .map((picks) => ({ histories, interleaved: interleave(histories, picks) }));
    });
