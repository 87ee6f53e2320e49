import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
  type Actor,
  type EventRecord,
  addDays,
  CompleteModule,
  createParticipantDecider,
  daysBetween,
  isAfter,
  LocalDate,
  LogFollowUpInput,
  ParticipantCommand,
  ParticipantDecider,
  ParticipantEvent,
  ParticipantId,
  ParticipantState,
  RecordRelease,
} from '@binaan/domain';
import { prepared } from '../fixtures/command-fixtures';
import { ArbitraryOptions, resolveOptions } from './arbitrary-options';
import { arbCompleteModule, arbEnrollInmateInput, arbLogFollowUpInput, arbRecordRelease } from './command-arbitraries';
import { arbLifecyclePlan, commandOfPlan, historyStaff, type LifecyclePlan } from './lifecycle-step-arbitraries';

/** A participant's stream as a real run of accepted commands would leave it. */
export interface ParticipantHistory {
  readonly participantId: ParticipantId;
  /** The commands `decide` accepted, in order; rejected ones are left out. */
  readonly commands: readonly ParticipantCommand[];
  readonly events: readonly ParticipantEvent[];
  /**
   * How each event entered the stream, one per event: its id (what a void names, the same each time
   * the history is generated) and who recorded it (the staff member of `historyStaff` who gave the command).
   */
  readonly records: readonly EventRecord[];
}

type LaterCommand = CompleteModule | RecordRelease | LogFollowUpInput;

interface HistoryStep {
  readonly gapDays: number;
  readonly command: LaterCommand | LifecyclePlan;
}

/** The id of the event at `index` of a generated stream: a UUID derived from the participant and the index. */
export const historyEventId = (participantId: ParticipantId, index: number): string => {
  const hex = createHash('sha256').update(`${participantId}/${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const recorderOf = (command: LaterCommand): Actor =>
  command.type === 'CompleteModule' ? historyStaff.assessor : command.type === 'LogFollowUp' ? historyStaff.caseworker : historyStaff.registrar;

interface Progress extends ParticipantHistory {
  readonly state: ParticipantState;
  readonly lastDate: LocalDate;
}

const datedFor = (command: LaterCommand, participantId: ParticipantId, date: LocalDate): ParticipantCommand => {
  switch (command.type) {
    case 'CompleteModule':
      return { ...command, participantId, assessedOn: date };
    case 'RecordRelease':
      return {
        ...command,
        participantId,
        releasedOn: date,
        ...(command.supervisionEndsOn === undefined
          ? {}
          : { supervisionEndsOn: addDays(date, daysBetween(command.releasedOn, command.supervisionEndsOn)) }),
      };
    case 'LogFollowUp':
      return prepared({ ...command, participantId, contactedOn: date });
  }
};

const attempt = (
  decider: ParticipantDecider,
  progress: Progress,
  given: { readonly command: ParticipantCommand; readonly actor: Actor } | undefined,
  date: LocalDate,
): Progress => {
  if (given === undefined) return { ...progress, lastDate: date };
  const decision = decider.decide(given.command, progress.state);
  if (E.isLeft(decision)) return { ...progress, lastDate: date };
  const records = decision.right.map(
    (_event, index): EventRecord => ({ eventId: historyEventId(progress.participantId, progress.events.length + index), recordedBy: given.actor }),
  );
  return {
    ...progress,
    state: decision.right.reduce((state, event, index) => decider.evolve(state, event, records[index] as EventRecord), progress.state),
    commands: [...progress.commands, given.command],
    events: [...progress.events, ...decision.right],
    records: [...progress.records, ...records],
    lastDate: date,
  };
};

/*
 * Tuned so that histories get somewhere: assessments come often and are mostly competent, so many
 * participants graduate; gaps of up to four months let follow-ups reach the M12 window.
 */
const upToFourMonths = fc.integer({ min: 0, max: 120 });

const arbStep = (options: HistoryOptions): fc.Arbitrary<HistoryStep> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        gapDays: fc.integer({ min: 0, max: 30 }),
        command: fc.record({
          assessment: arbCompleteModule(options),
          result: fc.oneof(
            { weight: 3, arbitrary: fc.constant('competent' as const) },
            fc.constant('not_yet_competent' as const),
          ),
        }).map(({ assessment, result }) => ({ ...assessment, result })),
      }),
    },
    { weight: 1, arbitrary: fc.record({ gapDays: upToFourMonths, command: arbRecordRelease(options) }) },
    { weight: 3, arbitrary: fc.record({ gapDays: upToFourMonths, command: arbLogFollowUpInput(options) }) },
    ...(options.lifecycle === true
      ? [{ weight: 4, arbitrary: fc.record({ gapDays: upToFourMonths, command: arbLifecyclePlan(resolveOptions(options).catalogue) }) }]
      : []),
  );

export interface HistoryOptions extends ArbitraryOptions {
  readonly maxSteps?: number;
  /**
   * Also voids, exits, transfers, returns to custody, cancellations, corrections and the privacy acts
   * (consent withdrawn, contact details, erasure), each given by the role that records it.
   */
  readonly lifecycle?: boolean;
}

/**
 * Valid by construction: an enrolment and then random module assessments, a release and follow-ups
 * (with `lifecycle`, the lifecycle and privacy acts too), each a few days after the last (never after
 * today), run through `decide` as the staff member who gives it; only accepted commands count.
 */
export const arbParticipantHistory = (options: HistoryOptions = {}): fc.Arbitrary<ParticipantHistory> => {
  const resolved = resolveOptions(options);
  const decider = createParticipantDecider(resolved);
  return fc
    .record({
      enrolment: arbEnrollInmateInput(options),
      steps: fc.array(arbStep(options), { maxLength: options.maxSteps ?? 30, size: 'max' }),
    })
    .map(({ enrolment, steps }) => {
      const start: Progress = {
        participantId: enrolment.participantId,
        commands: [],
        events: [],
        records: [],
        state: decider.initialState(),
        lastDate: enrolment.enrolledOn,
      };
      const enrolled = attempt(decider, start, { command: prepared(enrolment), actor: historyStaff.registrar }, enrolment.enrolledOn);
      const { participantId, commands, events, records } = steps.reduce((progress, { gapDays, command }) => {
        const next = addDays(progress.lastDate, gapDays);
        const date = isAfter(next, resolved.today) ? resolved.today : next;
        const given =
          'act' in command
            ? commandOfPlan(command, progress.participantId, progress.state, date)
            : { command: datedFor(command, progress.participantId, date), actor: recorderOf(command) };
        return attempt(decider, progress, given, date);
      }, enrolled);
      return { participantId, commands, events, records };
    });
};
