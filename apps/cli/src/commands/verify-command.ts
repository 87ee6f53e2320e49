import { languageOfLocale } from '@binaan/messages';
import type { Command } from 'commander';
import { isClean } from '@binaan/integrity';
import { readAnchorOption } from '../anchor/read-anchor-option';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { withSession } from '../cli/with-session';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { renderVerifyJson, renderVerifyText } from '../verify/render-verify-report';
import { verifySession } from '../verify/verify-session';

interface VerifyOptions extends StoreOptionValues {
  readonly format: string;
  readonly anchor?: string;
  readonly anchorRoot?: string;
}

export const registerVerify = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('verify')
      .description('recompute every hash chain, check the audit log (and an anchor) against the store; exit 0 clean, 1 tampering, 2 could not run')
      .option('--format <text|json>', 'output format', 'text')
      .option('--anchor <FILE>', 'an anchor written by `binaan anchor` and kept outside the store')
      .option('--anchor-root <HEX>', "the anchor's Merkle root as recorded elsewhere, to check the anchor file itself"),
  ).action(async (options: VerifyOptions) => {
    const format = parseFormat(options.format, ['text', 'json'] as const);
    const anchor = readAnchorOption(options.anchor, options.anchorRoot);
    const { report, context } = await withSession(io, options, { mayCreate: false }, (session) => verifySession(session, io, 'verify', anchor));
    io.stdout.write(format === 'json' ? renderVerifyJson(report, context) : renderVerifyText(report, context, languageOfLocale(io.env)));
    finish(isClean(report) ? ExitCode.ok : ExitCode.tamperingFound);
  });
};
