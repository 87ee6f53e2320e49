import { Command } from 'commander';
import { registerAccessLog } from '../commands/access-log-command';
import { registerAnchor } from '../commands/anchor-command';
import { registerDemo } from '../commands/demo-command';
import { registerErase } from '../commands/erase-command';
import { registerExport } from '../commands/export-command';
import { registerHistory } from '../commands/history-command';
import { registerOutcomes } from '../commands/outcomes-command';
import { registerProjections } from '../commands/projections-command';
import { registerRetention } from '../commands/retention-command';
import { registerSubjectReport } from '../commands/subject-report-command';
import { registerImport } from '../commands/import-command';
import { registerImportCounts } from '../commands/import-counts-command';
import { registerUsers } from '../commands/users-command';
import { registerVerify } from '../commands/verify-command';
import { binaanVersion } from './binaan-version';
import type { CliIo } from './cli-io';
import type { ExitCode } from './exit-codes';

/**
 * The `binaan` command. Commander reports its own usage errors through `outputError`; the caller
 * turns them into exit code 2 like every other user mistake.
 */
export const buildProgram = (io: CliIo, finish: (code: ExitCode) => void): Command => {
  const program = new Command('binaan')
    .description("Binaan for auditors: a participant's history, figures as of a date, tamper checks, exports, and the privacy duties")
    .version(binaanVersion(), '-V, --version', 'the version of Binaan')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'binaan: ')),
    });
  registerHistory(program, io, finish);
  registerOutcomes(program, io, finish);
  registerVerify(program, io, finish);
  registerAnchor(program, io, finish);
  registerExport(program, io, finish);
  registerProjections(program, io, finish);
  registerErase(program, io, finish);
  registerAccessLog(program, io, finish);
  registerSubjectReport(program, io, finish);
  registerImport(program, io, finish);
  registerImportCounts(program, io, finish);
  registerRetention(program, io, finish);
  registerDemo(program, io, finish);
  registerUsers(program, io, finish);
  return program;
};
