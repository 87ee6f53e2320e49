import * as E from 'fp-ts/Either';
import {
  decodeCommand,
  decodeRecordFacilityPopulation,
  formatDecodeError,
  type LocalDate,
  type ParticipantCommandInput,
  type RecordFacilityPopulation,
} from '@binaan/domain';
import type { CommandEnvelope } from '@binaan/command-handling';
import { DEFAULT_DEMO_PARTICIPANTS, DEFAULT_DEMO_SEED } from './demo-defaults';
import { demoCommandId } from './demo-ids';
import { planProgramme } from './plan/plan-programme';
import type { PlannedCommand } from './plan/planned-command';
import { isLateRecording } from './plan/recording-times';

/** A command the demo issues: one of a participant's, or a prison unit's population count. */
export type DemoCommand = ParticipantCommandInput | RecordFacilityPopulation;

/** Issues one command through command handling, recorded at `recordedAt`; Left when it was not accepted. */
export type ExecuteDemoCommand = (envelope: CommandEnvelope<DemoCommand>, recordedAt: Date) => Promise<E.Either<unknown, unknown>>;

export interface DemoSeedOptions {
  readonly participants?: number;
  readonly seed?: number;
  /** The business date of today: nothing is dated or recorded on or after it. */
  readonly today: LocalDate;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DemoSeedReport {
  readonly participantIds: readonly string[];
  readonly commands: number;
  /** Commands recorded more than 30 days after their business date. */
  readonly lateRecordings: number;
  readonly firstRecordedAt: Date | undefined;
  readonly lastRecordedAt: Date | undefined;
}

/** The demo plan broke a rule of the domain: a bug in the demo, named without personal data. */
export class DemoSeedError extends Error {
  constructor(planned: PlannedCommand, participantId: string, reason: string) {
    super(`demo command ${planned.input.type} #${planned.sequence} for participant ${participantId} was not accepted: ${reason}`);
    this.name = 'DemoSeedError';
  }
}

const describeRejection = (left: unknown): string =>
  JSON.stringify(left, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

const envelopeFor = (planned: PlannedCommand, seed: number): CommandEnvelope<DemoCommand> => {
  const participantId = String(planned.input['participantId'] ?? planned.input['facilityId']);
  const decoded = planned.input.type === 'RecordFacilityPopulation' ? decodeRecordFacilityPopulation(planned.input) : decodeCommand(planned.input);
  if (E.isLeft(decoded)) {
    throw new DemoSeedError(planned, participantId, formatDecodeError(decoded.left));
  }
  return {
    commandId: demoCommandId(seed, planned.participantIndex, planned.sequence),
    actor: planned.actor,
    command: decoded.right.command,
  };
};

/**
 * Seeds a synthetic programme through real command handling, one command at a time in recording
 * order, so positions follow recorded time and late recordings arrive late. Deterministic for a
 * given seed, participant count and today.
 */
export const seedDemoProgramme = async (execute: ExecuteDemoCommand, options: DemoSeedOptions): Promise<DemoSeedReport> => {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const plan = planProgramme({ participants: options.participants ?? DEFAULT_DEMO_PARTICIPANTS, seed, today: options.today });
  let done = 0;
  for (const planned of plan.commands) {
    const result = await execute(envelopeFor(planned, seed), planned.recordedAt);
    if (E.isLeft(result)) {
      throw new DemoSeedError(planned, String(planned.input['participantId'] ?? planned.input['facilityId']), describeRejection(result.left));
    }
    done += 1;
    options.onProgress?.(done, plan.commands.length);
  }
  return {
    participantIds: plan.participantIds,
    commands: plan.commands.length,
    lateRecordings: plan.commands.filter((planned) => isLateRecording(planned.businessDate, planned.recordedAt)).length,
    firstRecordedAt: plan.commands[0]?.recordedAt,
    lastRecordedAt: plan.commands[plan.commands.length - 1]?.recordedAt,
  };
};
