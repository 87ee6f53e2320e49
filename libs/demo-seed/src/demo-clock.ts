import type * as E from 'fp-ts/Either';
import type { ParticipantCommandInput, RecordFacilityPopulation } from '@binaan/domain';
import type { CommandEnvelope } from '@binaan/command-handling';

/**
 * The clock command handling reads `recordedAt` from. While the demo seeds, it is set before each
 * command, so a late recording really is recorded late; afterwards it follows real time again.
 */
export interface DemoClock {
  readonly now: () => Date;
  set(instant: Date): void;
  useRealTime(): void;
}

export const createDemoClock = (): DemoClock => {
  let fixed: Date | undefined;
  return {
    now: () => fixed ?? new Date(),
    set: (instant) => {
      fixed = instant;
    },
    useRealTime: () => {
      fixed = undefined;
    },
  };
};

type Execute<Command> = (envelope: CommandEnvelope<Command>) => Promise<E.Either<unknown, unknown>>;

/**
 * Adapts the command executors whose handling reads `clock` (a participant's commands, a unit's
 * population counts) into what `seedDemoProgramme` calls.
 */
export const executeAtRecordedTime =
  (clock: DemoClock, executeCommand: Execute<ParticipantCommandInput>, executeFacilityCommand: Execute<RecordFacilityPopulation>) =>
  (envelope: CommandEnvelope<ParticipantCommandInput | RecordFacilityPopulation>, recordedAt: Date): Promise<E.Either<unknown, unknown>> => {
    clock.set(recordedAt);
    const { command } = envelope;
    return command.type === 'RecordFacilityPopulation' ? executeFacilityCommand({ ...envelope, command }) : executeCommand({ ...envelope, command });
  };
