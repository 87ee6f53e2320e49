import type * as E from 'fp-ts/Either';
import type { ParticipantCommandInput } from '@binaan/domain';
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

/** Adapts a command executor whose handling reads `clock` into what `seedDemoProgramme` calls. */
export const executeAtRecordedTime =
  (clock: DemoClock, executeCommand: (envelope: CommandEnvelope<ParticipantCommandInput>) => Promise<E.Either<unknown, unknown>>) =>
  (envelope: CommandEnvelope<ParticipantCommandInput>, recordedAt: Date): Promise<E.Either<unknown, unknown>> => {
    clock.set(recordedAt);
    return executeCommand(envelope);
  };
