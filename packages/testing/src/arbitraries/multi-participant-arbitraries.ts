import * as fc from 'fast-check';
import {
  createParticipantDecider,
  enrolmentHasEnded,
  foldRecorded,
  ParticipantEvent,
  ParticipantId,
  participantStreamName,
  type EventRecord,
} from '@binaan/domain';
import { resolveOptions } from './arbitrary-options';
import { arbParticipantHistory, HistoryOptions, ParticipantHistory } from './history-arbitraries';

/** One event in a store-wide order, with its place in its own stream. */
export interface InterleavedEvent {
  readonly participantId: ParticipantId;
  readonly streamName: string;
  /** 0-based revision within the participant's stream. */
  readonly revision: number;
  readonly event: ParticipantEvent;
  /** The event's id and who recorded it, as its history gives them. */
  readonly record: EventRecord;
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

/**
 * With `lifecycle`, some participants are people enrolled again: their enrolment names an earlier
 * participant of the set whose enrolment had ended (`previousParticipantId`), as command handling links them.
 */
const withReEnrolments = (options: HistoryOptions, histories: readonly ParticipantHistory[], links: readonly boolean[]): readonly ParticipantHistory[] => {
  const decider = createParticipantDecider(resolveOptions(options));
  const ended = histories.filter((history) =>
    enrolmentHasEnded(foldRecorded(decider, history.events.map((event, index) => ({ event, record: history.records[index] as EventRecord })))),
  );
  return histories.map((history, index) => {
    const earlier = ended.find((candidate) => histories.indexOf(candidate) < index);
    const [enrolment, ...rest] = history.events;
    if (links[index] !== true || earlier === undefined || enrolment?.type !== 'InmateEnrolled') return history;
    const linked: ParticipantEvent = { ...enrolment, data: { ...enrolment.data, previousParticipantId: earlier.participantId } };
    return { ...history, events: [linked, ...rest] };
  });
};

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
            record: history.records[revision] as EventRecord,
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
    .chain((generated) =>
      fc
        .array(fc.boolean(), { minLength: generated.length, maxLength: generated.length })
        .map((links) => (options.lifecycle === true ? withReEnrolments(options, generated, links) : generated)),
    )
    .chain((histories) => {
      const total = histories.reduce((sum, history) => sum + history.events.length, 0);
      return fc
        .array(fc.nat(), { minLength: total, maxLength: total })
        .map((picks) => ({ histories, interleaved: interleave(histories, picks) }));
    });
