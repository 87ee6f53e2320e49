import { languageOfLocale } from '@binaan/messages';
import type { CliIo } from './cli-io';
import { ExitCode } from './exit-codes';
import { explainFailure } from './explain-failure';

/**
 * Every failure ends as one line on stderr and exit code 2, in the language of the locale (LC_ALL,
 * LC_MESSAGES, LANG: `id_ID.UTF-8` is Indonesian, anything else English). A stack trace is shown only on
 * request (BINAAN_DEBUG=1), because a user mistake is not a crash.
 */
export const reportFailure = (error: unknown, io: CliIo): ExitCode => {
  io.stderr.write(`binaan: ${explainFailure(error, languageOfLocale(io.env))}\n`);
  if (io.env['BINAAN_DEBUG'] === '1' && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
  return ExitCode.couldNotRun;
};
