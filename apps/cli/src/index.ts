/** What the cross-project tests and benchmarks drive: the command line in-process, and the history it shows. */
export { runCli } from './cli/run-cli';
export type { CliIo, TextSink } from './cli/cli-io';
export { ExitCode } from './cli/exit-codes';
export { loadHistory, type HistoryEntry, type ParticipantHistory } from './history/load-history';
