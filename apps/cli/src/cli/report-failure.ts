import type { CliIo } from './cli-io';
import { ExitCode } from './exit-codes';
import { explainFailure } from './explain-failure';

/**
 * Every failure ends as one line on stderr and exit code 2. A stack trace is shown only on
 * request (BINAAN_DEBUG=1), because a user mistake is not a crash.
 */
export const reportFailure = (error: unknown, io: CliIo): ExitCode => {
  io.stderr.write(`binaan: ${explainFailure(error)}\n`);
  if (io.env['BINAAN_DEBUG'] === '1' && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
  return ExitCode.couldNotRun;
};
