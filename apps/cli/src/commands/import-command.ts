import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createRuntime } from '@binaan/runtime';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { importRecords, sheetsInImportOrder, type RowReport } from '../import/import-records';
import { MappingError, parseImportMapping, type ImportMapping } from '../import/import-mapping';
import { ImportFileError, readImportSheets, type ImportSheet } from '../import/read-import-sheets';
import { scratchCopyOf } from '../import/scratch-copy';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';

interface ImportOptions extends StoreOptionValues {
  readonly mapping: string;
  readonly dryRun?: boolean;
  readonly apply?: boolean;
}

const readMapping = (file: string): ImportMapping => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`--mapping: ${file} cannot be read`, 'Give the path of a mapping JSON file (see apps/cli/examples/import/mapping.json)');
  }
  try {
    return parseImportMapping(text);
  } catch (error) {
    if (error instanceof MappingError) throw new UserError(`--mapping: ${error.message}`, 'Fix the mapping file and run again');
    throw error;
  }
};

const readSheets = async (files: readonly string[]): Promise<ImportSheet[]> => {
  const sheets: ImportSheet[] = [];
  for (const file of files) {
    if (!existsSync(file)) throw new UserError(`${file}: does not exist`, 'Give the path of an .xlsx workbook or a .csv file');
    try {
      sheets.push(...(await readImportSheets(file)));
    } catch (error) {
      if (error instanceof ImportFileError) throw new UserError(error.message, 'Save the sheet as .xlsx or .csv (UTF-8) and run again');
      throw error;
    }
  }
  return sheets;
};

const reportLine = (report: RowReport, dryRun: boolean): string =>
  `${report.sheet} row ${report.line}: ${dryRun && report.outcome === 'imported' ? 'would be imported' : report.outcome}${report.reasons.length === 0 ? '' : `: ${report.reasons.join('; ')}`}`;

export const registerImport = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('import')
      .description(
        'bring in the programme\'s old spreadsheets (.xlsx workbooks or .csv files): enrolments, assessments, releases and follow-up contacts, each row as the ordinary command; a row imported before imports nothing',
      )
      .argument('<files...>', 'the workbooks or CSV files')
      .requiredOption('--mapping <file>', 'a JSON file saying which sheet holds which kind of record and which column holds which field')
      .option('--dry-run', 'run every row against a private copy of the store and report; the store is not touched')
      .option('--apply', 'record every row that is right; rows with a problem are reported and write nothing'),
  ).action(async (files: string[], options: ImportOptions) => {
    if (options.dryRun === options.apply) {
      throw new UserError(options.dryRun === true ? '--dry-run and --apply exclude each other' : 'say --dry-run or --apply', 'Check first with --dry-run, then record with --apply');
    }
    const mapping = readMapping(options.mapping);
    const { found, missing, missingColumns } = sheetsInImportOrder(mapping, await readSheets(files));
    if (missing.length > 0) {
      throw new UserError(`the mapping names sheets that none of the files has: ${missing.join(', ')}`, 'Check the sheet names (a CSV file is named after its file)');
    }
    if (missingColumns.length > 0) {
      throw new UserError(`the mapping names columns that the sheets do not have: ${missingColumns.join('; ')}`, 'Check the header row of each sheet against the mapping');
    }
    const actor = cliActor(io.env);
    const write = (report: RowReport) => io.stdout.write(`${reportLine(report, options.dryRun === true)}\n`);
    const reports = await withSession(io, options, { mayCreate: false }, async (session) => {
      if (options.apply === true) return importRecords(await session.runtime(), actor, mapping, found, write);
      if (session.location.esdbUrl !== undefined) {
        throw new UserError('--dry-run copies the embedded store, and this store is in EventStoreDB', 'Run the dry run on a copy of the data in an embedded store, or import with --apply');
      }
      const copy = await scratchCopyOf(session.location.dataDir, io.env);
      try {
        const runtime = await createRuntime({ dataDir: copy.dataDir, projections: 'off', env: copy.env });
        try {
          return await importRecords(runtime, actor, mapping, found, write);
        } finally {
          await runtime.close();
        }
      } finally {
        copy.remove();
      }
    });
    const count = (outcome: RowReport['outcome']) => reports.filter((report) => report.outcome === outcome).length;
    const refused = count('refused');
    io.stdout.write(
      `${reports.length} row(s): ${count('imported')} ${options.apply === true ? 'imported' : 'would be imported'}, ${count('already imported')} already imported, ${refused} refused.${options.dryRun === true ? ' Nothing was written (dry run).' : ''}\n`,
    );
    finish(refused === 0 ? ExitCode.ok : ExitCode.couldNotRun);
  });
};
