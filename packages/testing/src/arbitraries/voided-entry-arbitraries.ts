import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
  addDays,
  createParticipantDecider,
  foldRecorded,
  isVoidableEventType,
  voidReasons,
  type Actor,
  type Catalogue,
  type EventId,
  type EventRecord,
  type ParticipantCommand,
  type ParticipantEvent,
  type RecordedParticipantEvent,
  type VoidReason,
} from '@binaan/domain';
import { prepared } from '../fixtures/command-fixtures';
import { resolveOptions } from './arbitrary-options';
import { arbParticipantHistory, historyEventId, type HistoryOptions, type ParticipantHistory } from './history-arbitraries';

/**
 * A history in two versions. `right` is a generated history. `corrected` is the same history where,
 * in place of one of its entries, a wrong entry was first recorded and voided by its recorder, and then
 * the right one recorded: as the record reads after a correction (pembatalan entri).
 */
export interface CorrectedHistory {
  readonly right: ParticipantHistory;
  readonly corrected: ParticipantHistory;
  /** Where in `right` the entry stands that was first recorded wrong. */
  readonly at: number;
  readonly wrongEventId: string;
  readonly voidEventId: string;
}

/**
 * The same command, its business date moved by `days` and one more field changed (an assessment's
 * result, the home regency a release names, an exit's reason, a return's kind): a plausible mistake.
 */
const mistaken = (catalogue: Catalogue, command: ParticipantCommand, days: number): ParticipantCommand => {
  switch (command.type) {
    case 'CompleteModule':
      return { ...command, assessedOn: addDays(command.assessedOn, days), result: command.result === 'competent' ? 'not_yet_competent' : 'competent' };
    case 'RecordRelease': {
      const regency = catalogue.regencies.find((candidate) => candidate.code !== command.homeRegency);
      return { ...command, releasedOn: addDays(command.releasedOn, days), ...(regency === undefined ? {} : { homeRegency: regency.code }) };
    }
    case 'LogFollowUp':
      return { ...command, contactedOn: addDays(command.contactedOn, days) };
    case 'ExitParticipant':
      return { ...command, exitedOn: addDays(command.exitedOn, days), reason: command.reason === 'other' ? 'withdrew' : 'other' };
    case 'TransferParticipant':
      return { ...command, transferredOn: addDays(command.transferredOn, days) };
    case 'RecordReturnToCustody':
      return { ...command, returnedOn: addDays(command.returnedOn, days), kind: command.kind === 'unknown' ? 'new_offence' : 'unknown' };
    default:
      return command;
  }
};

const recordedAll = (events: readonly ParticipantEvent[], records: readonly EventRecord[]): readonly RecordedParticipantEvent[] =>
  events.map((event, index) => ({ event, record: records[index] as EventRecord }));

const oneEvent = (decision: E.Either<unknown, readonly ParticipantEvent[]>): ParticipantEvent | undefined =>
  E.isRight(decision) && decision.right.length === 1 ? decision.right[0] : undefined;

const correctedAt = (options: HistoryOptions, right: ParticipantHistory, at: number, days: number, wanted: VoidReason): CorrectedHistory => {
  const resolved = resolveOptions(options);
  const decider = createParticipantDecider(resolved);
  const before = foldRecorded(decider, recordedAll(right.events.slice(0, at), right.records.slice(0, at)));
  // `other` needs a note, and no note is recorded once her data is erased.
  const reason: VoidReason = wanted === 'other' && before.status === 'enrolled' && before.erasedOn !== null ? 'data_entry_error' : wanted;
  const rightCommand = right.commands[at] as ParticipantCommand;
  const recorder = (right.records[at] as EventRecord).recordedBy as Actor;
  // The mistaken command if decide takes it there, else the same entry twice (a duplicate entry).
  const wrongCommand = [mistaken(resolved.catalogue, rightCommand, days), rightCommand].find((command) => oneEvent(decider.decide(command, before)) !== undefined) as ParticipantCommand;
  const wrongEvent = oneEvent(decider.decide(wrongCommand, before)) as ParticipantEvent;
  const wrongRecord: EventRecord = { eventId: historyEventId(right.participantId, 10_000 + at), recordedBy: recorder };
  const voidRecord: EventRecord = { eventId: historyEventId(right.participantId, 20_000 + at), recordedBy: recorder };
  const voidCommand = prepared(
    { type: 'VoidEntry', participantId: right.participantId, eventId: wrongRecord.eventId as EventId, reason, ...(reason === 'other' ? { personalData: { note: 'Salah catat (uji).' } } : {}) },
    recorder,
  );
  const withWrong = decider.evolve(before, wrongEvent, wrongRecord);
  const voidEvent = oneEvent(decider.decide(voidCommand, withWrong));
  if (voidEvent === undefined) throw new Error(`the recorder could not void the wrong entry at ${at}: the generator is wrong`);
  const splice = <T>(items: readonly T[], wrong: T, voided: T): readonly T[] => [...items.slice(0, at), wrong, voided, ...items.slice(at)];
  return {
    right,
    corrected: {
      participantId: right.participantId,
      commands: splice(right.commands, wrongCommand, voidCommand),
      events: splice(right.events, wrongEvent, voidEvent),
      records: splice(right.records, wrongRecord, voidRecord),
    },
    at,
    wrongEventId: wrongRecord.eventId,
    voidEventId: voidRecord.eventId,
  };
};

/**
 * A lifecycle history and its version where one of its voidable entries was first recorded wrong; or
 * `undefined` for a history with no voidable entry, which the property skips with `fc.pre`. Not a
 * `.filter`: fast-check retries a filter without end, so a decider that accepts nothing after the
 * enrolment (a bug) would hang the suite instead of failing it with "too many pre-condition failures".
 */
export const arbCorrectedHistory = (options: HistoryOptions = {}): fc.Arbitrary<CorrectedHistory | undefined> =>
  arbParticipantHistory({ ...options, lifecycle: true }).chain((right) => {
    const voidable = right.events.flatMap((event, index) => (isVoidableEventType(event.type) ? [index] : []));
    if (voidable.length === 0) return fc.constant(undefined);
    return fc
      .record({ at: fc.constantFrom(...voidable), days: fc.integer({ min: -20, max: 20 }), reason: fc.constantFrom(...voidReasons) })
      .map(({ at, days, reason }) => correctedAt(options, right, at, days, reason));
  });
