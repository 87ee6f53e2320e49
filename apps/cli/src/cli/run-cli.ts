import { CommanderError } from 'commander';
import { buildProgram } from './build-program';
import type { CliIo } from './cli-io';
import { ExitCode } from './exit-codes';
import { reportFailure } from './report-failure';

/** Help and version are successes that commander reports by throwing. */
const commanderSuccesses = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** The reader of our output went away (e.g. `binaan export | head`): nothing is wrong, there is just no one to tell. */
const isBrokenPipe = (error: unknown): boolean => (error as { readonly code?: unknown } | null)?.code === 'EPIPE';

/** Runs `binaan` with the given arguments and returns the exit code; it never throws. */
export const runCli = async (args: readonly string[], io: CliIo): Promise<ExitCode> => {
  let exitCode: ExitCode = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  if (args.length === 0) {
    // Asked for nothing: what there is to ask for, as a successful answer.
    io.stdout.write(program.helpInformation());
    return ExitCode.ok;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return commanderSuccesses.has(error.code) ? ExitCode.ok : ExitCode.couldNotRun;
    }
    if (isBrokenPipe(error)) return ExitCode.ok;
    return reportFailure(error, io);
  }
};
