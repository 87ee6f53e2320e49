import type { Command } from 'commander';
import { parseAccessLogFilter, type AccessLogOptionValues } from '../access-log/access-log-filter';
import { loadAccessLog } from '../access-log/load-access-log';
import { renderAccessLogJson, renderAccessLogTable } from '../access-log/render-access-log';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { withSession } from '../cli/with-session';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';

interface AccessLogOptions extends StoreOptionValues, AccessLogOptionValues {
  readonly json?: boolean;
}

export const registerAccessLog = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('access-log')
      .description('who was shown personal data, about whom, for what and when (the recorded disclosures; no personal data, no master key needed)')
      .option('--participant <ID>', 'only disclosures that showed this participant')
      .option('--actor <ID>', 'only disclosures to this actor')
      .option('--from <DATE>', 'only disclosures on or after this day (YYYY-MM-DD, Asia/Jakarta)')
      .option('--to <DATE>', 'only disclosures on or before this day')
      .option('--json', 'JSON, with every participant id of each disclosure'),
  ).action(async (options: AccessLogOptions) => {
    const filter = parseAccessLogFilter(options);
    const entries = await withSession(io, options, { mayCreate: false }, (session) => loadAccessLog(session.events(), filter));
    io.stdout.write(options.json === true ? renderAccessLogJson(entries) : renderAccessLogTable(entries));
    finish(ExitCode.ok);
  });
};
