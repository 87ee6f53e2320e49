/** What the cross-project tests and benchmarks drive: the command line in-process, and the work behind verify and history. */
export { runCli } from './cli/run-cli';
export type { CliIo, TextSink } from './cli/cli-io';
export { ExitCode } from './cli/exit-codes';
export { verifyStore, type VerifyOptions, type VerifyReport } from './verify/verify-store';
export { openSqliteEventSource } from './verify/sqlite-event-source';
export type { StoredEvent, StoredEventSource } from './verify/stored-event';
export type { IntegrityBreak, BreakSource } from './verify/integrity-break';
export { loadHistory, type HistoryEntry, type ParticipantHistory } from './history/load-history';
