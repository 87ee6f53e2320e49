import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { businessDateAt, decideRecordFacilityPopulation, shippedCatalogue } from '@binaan/domain';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { CountsFileError, readCountsCsv, type CountRow } from '../import-counts/read-counts-csv';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';

interface ImportCountsOptions extends StoreOptionValues {
  readonly dryRun?: boolean;
  readonly apply?: boolean;
}

type Outcome = { readonly line: number; readonly text: string; readonly ok: boolean };

const problemText = (row: Extract<CountRow, { problems: unknown }>): string =>
  row.problems.map((problem) => `${problem.column} ${problem.rule}`).join('; ');

export const registerImportCounts = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('import-counts')
      .description('record head counts of prison units from a CSV (facility_id,counted_on,total and a column per registration class), each row as a RecordFacilityPopulation command; a row imported before imports nothing')
      .argument('<file>', 'the CSV file')
      .option('--dry-run', 'check every row, write nothing')
      .option('--apply', 'record every row that is right; rows with a problem are reported and write nothing'),
  ).action(async (file: string, options: ImportCountsOptions) => {
    if (options.dryRun === options.apply) {
      throw UserError.of(options.dryRun === true ? 'countsDryRunAndApply' : 'countsDryRunOrApply');
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw UserError.of('countsFileUnreadable', { file });
    }
    let rows: readonly CountRow[];
    try {
      rows = readCountsCsv(text);
    } catch (error) {
      if (error instanceof CountsFileError) throw new UserError(`${file}: ${error.message}`, 'Fix the header and run again');
      throw error;
    }
    const outcomes: Outcome[] = await withSession(io, options, { mayCreate: false }, async (session) => {
      const runtime = options.apply === true ? await session.runtime() : undefined;
      const done: Outcome[] = [];
      for (const row of rows) {
        if ('problems' in row) {
          done.push({ line: row.line, text: `refused: ${problemText(row)}`, ok: false });
        } else if (runtime === undefined) {
          // The dry run asks the decider itself, so it refuses exactly what --apply would.
          const decided = decideRecordFacilityPopulation({ catalogue: shippedCatalogue, today: businessDateAt(new Date()) })(row.command);
          done.push(
            E.isRight(decided)
              ? { line: row.line, text: `ok: ${row.command.facilityId} ${row.command.countedOn} total ${row.command.total}`, ok: true }
              : { line: row.line, text: `refused: ${decided.left.code}: ${decided.left.message}`, ok: false },
          );
        } else {
          const result = await runtime.executeFacilityCommand({ commandId: row.commandId, actor: cliActor(io.env), command: row.command });
          if (E.isRight(result)) {
            done.push({ line: row.line, text: `${result.right.repeated ? 'already recorded' : 'recorded'}: ${row.command.facilityId} ${row.command.countedOn} total ${row.command.total}`, ok: true });
          } else {
            const reason = result.left.kind === 'rejected' ? `${result.left.error.code}: ${result.left.error.message}` : 'the unit\'s record changed meanwhile; run again';
            done.push({ line: row.line, text: `refused: ${reason}`, ok: false });
          }
        }
      }
      return done;
    });
    const refused = outcomes.filter((outcome) => !outcome.ok).length;
    io.stdout.write(
      outcomes.map((outcome) => `line ${outcome.line}: ${outcome.text}`).join('\n') +
        `\n${rows.length} row(s): ${rows.length - refused} ${options.apply === true ? 'recorded or already recorded' : 'ready'}, ${refused} refused.\n`,
    );
    finish(refused === 0 ? ExitCode.ok : ExitCode.couldNotRun);
  });
};
