import type { Command } from 'commander';
import { businessDateAt } from '@binaan/domain';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { eraseParticipant } from '../erase/erase-participant';
import { scrubFreedPages, type ScrubOutcome } from '../erase/scrub-freed-pages';
import { participantIdArgument } from '../history/participant-id-argument';
import { parseErasureBasis } from '../options/erasure-basis';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { parseBusinessDate } from '../options/time-axes';

interface EraseOptions extends StoreOptionValues {
  readonly basis?: string;
  readonly requestedOn?: string;
}

const scrubLines = (outcomes: readonly ScrubOutcome[], readModelsElsewhere: boolean): string =>
  [
    ...outcomes.map((outcome) =>
      outcome.scrubbed
        ? `  ${outcome.file}: rewritten, no deleted copy left in free pages or the write-ahead log`
        : `  ${outcome.file}: NOT rewritten (${outcome.reason}); stop what else has it open and run \`binaan erase\` again to finish`,
    ),
    ...(readModelsElsewhere ? ['  the read models and keys in PostgreSQL: run VACUUM FULL on their tables to drop deleted rows'] : []),
  ].join('\n');

export const registerErase = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('erase')
      .description("erase a participant's personal data under UU PDP (needs the master key): the data key is deleted, history and figures keep the anonymous record")
      .argument('<participantId>', 'the participant id (a UUID)')
      .option('--basis <subject_request|retention_expired|legal_order>', 'the lawful ground of the erasure (required)')
      .option('--requested-on <DATE>', 'when the erasure was asked for (YYYY-MM-DD; default: today in Asia/Jakarta)'),
  ).action(async (participantId: string, options: EraseOptions) => {
    const id = participantIdArgument(participantId);
    const basis = parseErasureBasis(options.basis);
    const today = businessDateAt(new Date());
    const requestedOn = parseBusinessDate('--requested-on', options.requestedOn ?? today);
    if (requestedOn > today) {
      throw UserError.of('erasureRequestedInFuture', { requestedOn, today });
    }
    const dataDir = await withSession(io, options, { mayCreate: false }, async (session) => {
      await eraseParticipant(await session.runtime(), cliActor(io.env), { participantId: id, basis, requestedOn });
      return session.location.pgUrl === undefined ? session.location.dataDir : undefined;
    });
    const scrubbed = dataDir === undefined ? [] : scrubFreedPages(dataDir);
    io.stdout.write(
      `Erased the personal data of participant ${id} (basis ${basis}, requested on ${requestedOn}).\n` +
        'The data key is deleted, so every sealed copy of the data stays unreadable; the directory entry is gone.\n' +
        'The history and the figures keep the anonymous record. Files:\n' +
        `${scrubLines(scrubbed, dataDir === undefined)}\n`,
    );
    finish(scrubbed.every((outcome) => outcome.scrubbed) ? ExitCode.ok : ExitCode.couldNotRun);
  });
};
