import * as fs from 'node:fs';
import type { Command } from 'commander';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { exportAuditLog } from '../export/export-audit-log';
import { parseExportRange } from '../export/export-range';
import { participantsShown } from '../export/participants-shown';
import { recordExportDisclosure } from '../export/record-export-disclosure';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, describeStore, type StoreOptionValues } from '../options/store-location';
import { noProgress, startProgress } from '../output/progress';
import { outputTo, outputToNewFile } from '../output/text-output';

interface ExportOptions extends StoreOptionValues {
  readonly from?: string;
  readonly to?: string;
  readonly format: string;
  readonly out?: string;
  readonly includePersonal?: boolean;
}

export const registerExport = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('export')
      .description('the audit log (one row per event: who recorded what, when, with its hash), as JSONL or CSV')
      .option('--from <DATE>', 'only events recorded on or after this date (YYYY-MM-DD, Asia/Jakarta)')
      .option('--to <DATE>', 'only events recorded on or before this date')
      .option('--format <jsonl|csv>', 'output format', 'jsonl')
      .option('--out <FILE>', 'write to this new file instead of stdout')
      .option('--include-personal', 'add decrypted personal data (needs the master key); the header says so'),
  ).action(async (options: ExportOptions) => {
    const format = parseFormat(options.format, ['jsonl', 'csv'] as const);
    const range = parseExportRange(options);
    if (options.out !== undefined && fs.existsSync(options.out)) {
      throw UserError.of('exportExists', { file: options.out });
    }
    const rows = await withSession(io, options, { mayCreate: false }, async (session) => {
      const runtime = options.includePersonal === true ? await session.runtime() : undefined;
      const vault = runtime?.vault;
      if (runtime !== undefined) {
        // Recorded before a single row is written: a disclosure that cannot be recorded is not made.
        const shown = await participantsShown(runtime.store, range, runtime.vault);
        await recordExportDisclosure(runtime.recordDisclosure, cliActor(io.env), shown);
      }
      const output = options.out === undefined ? outputTo(io.stdout) : outputToNewFile(options.out, vault !== undefined);
      try {
        return await exportAuditLog({
          events: runtime?.store ?? session.events(),
          range,
          format,
          ...(vault === undefined ? {} : { vault }),
          store: describeStore(session.location),
          output,
          progress: options.out === undefined ? noProgress : startProgress(io, 'export', undefined),
        });
      } finally {
        await output.close();
      }
    });
    if (options.out !== undefined) {
      const personal = options.includePersonal === true ? ' It includes personal data: keep it under the same protection as the store.' : '';
      io.stdout.write(`Exported ${rows} audit-log row(s) to ${options.out}.${personal}\n`);
    }
    finish(ExitCode.ok);
  });
};
