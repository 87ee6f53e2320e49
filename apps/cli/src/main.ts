import { processIo } from './cli/cli-io';
import { ExitCode } from './cli/exit-codes';
import { runCli } from './cli/run-cli';

// Write errors also arrive as events on stdout. A closed pipe (`binaan export | head`) is no failure;
// anything else (a full disk) must not end in success with the output cut short.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`binaan: cannot write the output (${error.message}). Check where stdout goes and try again\n`);
  process.exitCode = ExitCode.couldNotRun;
});

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = process.exitCode === ExitCode.couldNotRun ? ExitCode.couldNotRun : code;
});
