import type { Command } from 'commander';
import { businessDateAt } from '@binaan/domain';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { eraseParticipant } from '../erase/erase-participant';
import { scrubFreedPages } from '../erase/scrub-freed-pages';
import { parseCount } from '../options/count-option';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { parseBusinessDate } from '../options/time-axes';
import { findExpiredParticipants } from '../retention/find-expired-participants';
import { renderExpiredTable } from '../retention/render-retention';

interface RetentionOptions extends StoreOptionValues {
  readonly dryRun?: boolean;
  readonly apply?: boolean;
  readonly years: string;
  readonly today?: string;
}

export const DEFAULT_RETENTION_YEARS = 5;

const modeOf = (options: RetentionOptions): 'dry-run' | 'apply' => {
  if (options.dryRun === true && options.apply === true) {
    throw UserError.of('dryRunAndApply');
  }
  if (options.dryRun !== true && options.apply !== true) {
    throw UserError.of('dryRunOrApply');
  }
  return options.apply === true ? 'apply' : 'dry-run';
};

export const registerRetention = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('retention')
      .description('participants whose last follow-up window closed more than --years ago: list them (--dry-run) or erase each (--apply, basis retention_expired)')
      .option('--dry-run', 'list their ids and dates only; change nothing')
      .option('--apply', 'erase the personal data of each (needs the master key)')
      .option('--years <N>', 'the retention period in years', String(DEFAULT_RETENTION_YEARS))
      .option('--today <DATE>', 'the business date of today (default: today in Asia/Jakarta)'),
  ).action(async (options: RetentionOptions) => {
    const mode = modeOf(options);
    const years = parseCount('--years', options.years, 1, 100);
    const realToday = businessDateAt(new Date());
    const today = parseBusinessDate('--today', options.today ?? realToday);
    if (mode === 'apply' && today > realToday) {
      throw UserError.of('applyWithFutureToday', { today, realToday });
    }
    const result = await withSession(io, options, { mayCreate: false }, async (session) => {
      if (mode === 'dry-run') return { expired: await findExpiredParticipants(session.events(), years, today), dataDir: undefined };
      const runtime = await session.runtime();
      const expired = await findExpiredParticipants(runtime.store, years, today);
      for (const participant of expired) {
        // The retention run is the request: it is made today, whatever day --today names.
        await eraseParticipant(runtime, cliActor(io.env), { participantId: participant.participantId, basis: 'retention_expired', requestedOn: realToday });
      }
      return { expired, dataDir: session.location.pgUrl === undefined ? session.location.dataDir : undefined };
    });
    const heading = `${result.expired.length} participant(s) whose last follow-up window closed more than ${years} year(s) before ${today}`;
    if (mode === 'dry-run') {
      io.stdout.write(`${heading} (dry run: nothing erased):\n${result.expired.length === 0 ? '' : renderExpiredTable(result.expired)}`);
      finish(ExitCode.ok);
      return;
    }
    const scrubbed = result.dataDir === undefined ? [] : scrubFreedPages(result.dataDir);
    const unscrubbed = scrubbed.filter((outcome) => !outcome.scrubbed);
    io.stdout.write(`${heading}: personal data erased, basis retention_expired.\n${result.expired.length === 0 ? '' : renderExpiredTable(result.expired)}`);
    for (const outcome of unscrubbed) {
      io.stderr.write(`binaan: ${outcome.file} was not rewritten (${'reason' in outcome ? outcome.reason : ''}); stop what else has it open and run \`binaan retention --apply\` again\n`);
    }
    finish(unscrubbed.length === 0 ? ExitCode.ok : ExitCode.couldNotRun);
  });
};
