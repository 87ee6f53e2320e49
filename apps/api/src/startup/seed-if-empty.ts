import { DEFAULT_DEMO_PARTICIPANTS, executeAtRecordedTime, seedDemoProgramme, type DemoClock } from '@binaan/demo-seed';
import { businessDateAt } from '@binaan/domain';
import type { Logger } from 'pino';
import { nationalScope } from '../auth/caller-scope';
import type { ApiRuntime } from '../runtime/api-runtime.port';

const storeIsEmpty = async (runtime: ApiRuntime): Promise<boolean> => {
  for await (const _event of runtime.store.readAll({ maxCount: 1 })) return false;
  return true;
};

/**
 * First start: seeds the synthetic demo programme through real command handling, with the clock set
 * to each command's recorded time; a store that holds anything is left alone.
 */
export const seedIfEmpty = async (
  runtime: ApiRuntime,
  clock: DemoClock,
  logger: Logger,
  participants = DEFAULT_DEMO_PARTICIPANTS,
): Promise<{ readonly participants: number; readonly commands: number } | undefined> => {
  if (!(await storeIsEmpty(runtime))) return undefined;
  logger.info({ participants }, 'empty store: seeding the demo programme');
  try {
    const report = await seedDemoProgramme(executeAtRecordedTime(clock, (envelope) => runtime.executeCommand(envelope, nationalScope), runtime.executeFacilityCommand), {
      participants,
      today: businessDateAt(new Date()),
      onProgress: (done, total) => {
        if (done % 500 === 0 || done === total) logger.info({ done, total }, 'seeding');
      },
    });
    return { participants: report.participantIds.length, commands: report.commands };
  } finally {
    clock.useRealTime();
  }
};
