/** What the cross-project tests drive: the command line, in-process. */
export { runCli } from './cli/run-cli';
export type { CliIo, TextSink } from './cli/cli-io';
export { ExitCode } from './cli/exit-codes';
