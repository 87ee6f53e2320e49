import type { Command } from 'commander';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { withSession } from '../cli/with-session';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { asOfFromAxes, parseTimeAxes } from '../options/time-axes';
import { renderOutcomesCsv, renderOutcomesJson, renderOutcomesTable } from '../outcomes/render-outcomes';
import { renderMembersCsv, renderMembersJson, renderMembersTable, type FigureMembers } from '../outcomes/render-figure-members';
import { replayOutcomes, type ReplayedOutcomes } from '../outcomes/replay-outcomes';
import { UserError } from '../cli/user-error';
import { businessDateAt, defaultFollowUpWindows, shippedCatalogue } from '@binaan/domain';
import { figureMembers, isPeopleFigureName, peopleFigureNames, type PeopleFigureName } from '@binaan/projections';
import { parseFacilityOption, parseProgrammeOption } from '../options/catalogue-option';

interface OutcomesOptions extends StoreOptionValues {
  readonly asOf?: string;
  readonly knownAt?: string;
  readonly programme?: string;
  readonly facility?: string;
  readonly format: string;
  readonly list?: string;
}

const parseFigureOption = (value: string | undefined): PeopleFigureName | undefined => {
  if (value === undefined || isPeopleFigureName(value)) return value;
  throw UserError.of('unknownFigure', { value, known: peopleFigureNames.join(', ') });
};

/** The members of a figure, measured on the date the replayed figures were (the groups' reference date). */
const membersOf = (figure: PeopleFigureName, outcomes: ReplayedOutcomes, fallbackDate: string): FigureMembers => {
  const referenceDate = outcomes.groups.map((row) => row.as_of_date).sort().at(-1) ?? fallbackDate;
  const { numerator, denominator } = figureMembers(figure, outcomes.participants, { referenceDate, windows: defaultFollowUpWindows });
  return { figure, referenceDate, numerator, denominator };
};

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
      .option('--list <FIGURE>', `list the participant ids in a figure's numerator and denominator (${peopleFigureNames.join(', ')})`)
      .option('--format <table|json|csv>', 'output format', 'table'),
  ).action(async (options: OutcomesOptions) => {
    const format = parseFormat(options.format, ['table', 'json', 'csv'] as const);
    const asOf = asOfFromAxes(parseTimeAxes(options));
    const today = businessDateAt(new Date());
    const programmeId = parseProgrammeOption(shippedCatalogue, options.programme);
    const facilityId = parseFacilityOption(shippedCatalogue, options.facility);
    const figure = parseFigureOption(options.list);
    const filter = {
      ...(programmeId === undefined ? {} : { programmeId }),
      ...(facilityId === undefined ? {} : { facilityId }),
    };
    const outcomes = await withSession(io, options, { mayCreate: false }, (session) => replayOutcomes(session.events(), asOf, filter, today));
    const described = { businessDate: asOf.businessDate ?? null, knownAt: asOf.recordedAt ?? null, today };
    if (figure !== undefined) {
      const members = membersOf(figure, outcomes, asOf.businessDate ?? today);
      io.stdout.write(
        format === 'json'
          ? renderMembersJson(members, described)
          : format === 'csv'
            ? renderMembersCsv(members)
            : renderMembersTable(members, headingFor(asOf, today)),
      );
    } else {
      io.stdout.write(
        format === 'json'
          ? renderOutcomesJson(outcomes, described)
          : format === 'csv'
            ? renderOutcomesCsv(outcomes)
            : renderOutcomesTable(outcomes, headingFor(asOf, today)),
      );
    }
    finish(ExitCode.ok);
  });
};
