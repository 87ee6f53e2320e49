import { shippedCatalogue } from '@binaan/domain';
import type { Command } from 'commander';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { withSession } from '../cli/with-session';
import { loadEventSayings } from '../history/load-event-sayings';
import { loadHistory } from '../history/load-history';
import { participantIdArgument } from '../history/participant-id-argument';
import { renderHistoryJson, renderHistoryTable } from '../history/render-history';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { asOfFromAxes, parseTimeAxes } from '../options/time-axes';

interface HistoryOptions extends StoreOptionValues {
  readonly asOf?: string;
  readonly knownAt?: string;
  readonly format: string;
}

export const registerHistory = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('history')
      .description("one participant's events in order: business date, recorded time, actor, what each said and the state after it (command ids and hashes in JSON)")
      .argument('<participantId>', 'the participant id (a UUID)')
      .option('--as-of <DATE>', 'business-date axis: only what had happened by this date (YYYY-MM-DD)')
      .option('--known-at <DATE>', 'recorded-time axis: only what had been recorded by this date or ISO instant')
      .option('--format <table|json>', 'output format', 'table'),
  ).action(async (participantId: string, options: HistoryOptions) => {
    const format = parseFormat(options.format, ['table', 'json'] as const);
    const asOf = asOfFromAxes(parseTimeAxes(options));
    const id = participantIdArgument(participantId);
    const { history, sayings } = await withSession(io, options, { mayCreate: false }, async (session) => {
      const loaded = await loadHistory(session.events(), shippedCatalogue, id, asOf);
      return { history: loaded, sayings: await loadEventSayings(session.events(), loaded.streamName) };
    });
    io.stdout.write(format === 'json' ? renderHistoryJson(history, asOf, sayings) : renderHistoryTable(history, asOf, sayings));
    finish(ExitCode.ok);
  });
};
