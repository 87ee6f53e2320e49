import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
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
  unrecordedAt,
} from '@binaan/domain';
import { prepared } from '../fixtures/command-fixtures';
import { ArbitraryOptions, resolveOptions } from './arbitrary-options';
import { arbCompleteModule, arbEnrollInmateInput, arbLogFollowUpInput, arbRecordRelease } from './command-arbitraries';

/** A participant's stream as a real run of accepted commands would leave it. */
export interface ParticipantHistory {
  readonly participantId: ParticipantId;
  /** The commands `decide` accepted, in order; rejected ones are left out. */
  readonly commands: readonly ParticipantCommand[];
  readonly events: readonly ParticipantEvent[];
}

type LaterCommand = CompleteModule | RecordRelease | LogFollowUpInput;

interface HistoryStep {
  readonly gapDays: number;
  readonly command: LaterCommand;
}

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
  command: ParticipantCommand,
  date: LocalDate,
): Progress => {
  const decision = decider.decide(command, progress.state);
  return E.isLeft(decision)
    ? { ...progress, lastDate: date }
    : {
        ...progress,
        state: decision.right.reduce((state, event, index) => decider.evolve(state, event, unrecordedAt(progress.events.length + index)), progress.state),
        commands: [...progress.commands, command],
        events: [...progress.events, ...decision.right],
        lastDate: date,
      };
};

/*
 * Tuned so that histories get somewhere: assessments come often and are mostly competent, so many
 * participants graduate; gaps of up to four months let follow-ups reach the M12 window.
 */
const upToFourMonths = fc.integer({ min: 0, max: 120 });

const arbStep = (options: ArbitraryOptions): fc.Arbitrary<HistoryStep> =>
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
  );

export interface HistoryOptions extends ArbitraryOptions {
  readonly maxSteps?: number;
}

/**
 * Valid by construction: an enrolment and then random module assessments, a release and follow-ups,
 * each a few days after the last (never after today), run through `decide`; only accepted commands count.
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
        state: decider.initialState(),
        lastDate: enrolment.enrolledOn,
      };
      const enrolled = attempt(decider, start, prepared(enrolment), enrolment.enrolledOn);
      const { participantId, commands, events } = steps.reduce((progress, { gapDays, command }) => {
        const next = addDays(progress.lastDate, gapDays);
        const date = isAfter(next, resolved.today) ? resolved.today : next;
        return attempt(decider, progress, datedFor(command, progress.participantId, date), date);
      }, enrolled);
      return { participantId, commands, events };
    });
};
