import type { Command } from 'commander';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { withSession } from '../cli/with-session';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { asOfFromAxes, parseTimeAxes } from '../options/time-axes';
import { renderOutcomesCsv, renderOutcomesJson, renderOutcomesTable } from '../outcomes/render-outcomes';
import { replayOutcomes } from '../outcomes/replay-outcomes';
import { businessDateAt, shippedCatalogue } from '@binaan/domain';
import { parseFacilityOption, parseProgrammeOption } from '../options/catalogue-option';

interface OutcomesOptions extends StoreOptionValues {
  readonly asOf?: string;
  readonly knownAt?: string;
  readonly programme?: string;
  readonly facility?: string;
  readonly format: string;
}

const headingFor = (asOf: { readonly businessDate?: string; readonly recordedAt?: string }, today: string): string => {
  const axes = [
    ...(asOf.businessDate === undefined ? [] : [`what had happened by ${asOf.businessDate}`]),
    ...(asOf.recordedAt === undefined ? [] : [`as recorded by ${asOf.recordedAt}`]),
  ];
  return `Programme outcomes: ${axes.length === 0 ? `everything recorded, as of today (${today})` : axes.join(', ')}`;
};

export const registerOutcomes = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('outcomes')
      .description('programme figures as they stood on a date, replayed with the same reducers as the live read models')
      .option('--as-of <DATE>', 'business-date axis: what had happened by this date (YYYY-MM-DD)')
      .option('--known-at <DATE>', 'recorded-time axis: what had been recorded by this date or ISO instant')
      .option('--programme <ID>', 'only this programme, e.g. sulam-malang-2019')
      .option('--facility <ID>', 'only this facility, e.g. lapas-perempuan-malang')
      .option('--format <table|json|csv>', 'output format', 'table'),
  ).action(async (options: OutcomesOptions) => {
    const format = parseFormat(options.format, ['table', 'json', 'csv'] as const);
    const asOf = asOfFromAxes(parseTimeAxes(options));
    const today = businessDateAt(new Date());
    const programmeId = parseProgrammeOption(shippedCatalogue, options.programme);
    const facilityId = parseFacilityOption(shippedCatalogue, options.facility);
    const filter = {
      ...(programmeId === undefined ? {} : { programmeId }),
      ...(facilityId === undefined ? {} : { facilityId }),
    };
    const rows = await withSession(io, options, { mayCreate: false }, (session) => replayOutcomes(session.events(), asOf, filter, today));
    const described = { businessDate: asOf.businessDate ?? null, knownAt: asOf.recordedAt ?? null, today };
    io.stdout.write(
      format === 'json' ? renderOutcomesJson(rows, described) : format === 'csv' ? renderOutcomesCsv(rows) : renderOutcomesTable(rows, headingFor(asOf, today)),
    );
    finish(ExitCode.ok);
  });
};
