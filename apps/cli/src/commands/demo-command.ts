import { lastPositionOf } from '@binaan/event-store';
import * as fs from 'node:fs';
import {
  createDemoClock,
  DEFAULT_DEMO_PARTICIPANTS,
  DEFAULT_DEMO_SEED,
  executeAtRecordedTime,
  seedDemoProgramme,
} from '@binaan/demo-seed';
import type { Command } from 'commander';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { renderDemoSummary } from '../demo/render-demo-summary';
import { parseCount } from '../options/count-option';
import { addStoreOptions, describeStore, type StoreOptionValues } from '../options/store-location';
import { parseBusinessDate } from '../options/time-axes';
import { startProgress, type Progress } from '../output/progress';
import { lowestPosition, trackPositions } from '../projections/track-positions';
import { businessDateAt } from '@binaan/domain';

interface DemoOptions extends StoreOptionValues {
  readonly participants: string;
  readonly seed: string;
  readonly today?: string;
}

export const registerDemo = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('demo')
      .description('seed an empty store with the synthetic programme `npm start` seeds (made-up people only)')
      .option('--participants <N>', 'how many made-up participants', String(DEFAULT_DEMO_PARTICIPANTS))
      .option('--seed <N>', 'the same seed gives the same programme', String(DEFAULT_DEMO_SEED))
      .option('--today <DATE>', 'the business date of today: nothing is dated or recorded on or after it (default: today in Asia/Jakarta)'),
  ).action(async (options: DemoOptions) => {
    const participants = parseCount('--participants', options.participants, 1, 100_000);
    const seed = parseCount('--seed', options.seed, 0, 2 ** 31);
    const today = parseBusinessDate('--today', options.today ?? businessDateAt(new Date()));
    const summary = await withSession(io, options, { mayCreate: true }, async (session) => {
      fs.mkdirSync(session.location.dataDir, { recursive: true, mode: 0o700 });
      const clock = createDemoClock();
      const runtime = await session.runtime({ clock: clock.now, newStore: true });
      if ((await lastPositionOf(runtime.store)) !== null) {
        throw UserError.of('demoStoreNotEmpty', { store: describeStore(session.location) });
      }
      let seeding: Progress | undefined;
      const report = await seedDemoProgramme(executeAtRecordedTime(clock, runtime.executeCommand, runtime.executeFacilityCommand), {
        participants,
        seed,
        today,
        onProgress: (done, total) => {
          seeding ??= startProgress(io, 'demo', total);
          seeding.reach(done);
        },
      });
      seeding?.finish();
      clock.useRealTime();
      const last = await lastPositionOf(runtime.store);
      const projecting = startProgress(io, 'projections', last === null ? undefined : Number(last));
      await trackPositions(runtime.projections, projecting, lowestPosition, () => runtime.projections.catchUp());
      return { report, store: describeStore(session.location) };
    });
    io.stdout.write(renderDemoSummary(summary.report, summary.store, today));
    finish(ExitCode.ok);
  });
};
