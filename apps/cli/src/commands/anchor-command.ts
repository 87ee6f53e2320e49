import { languageOfLocale } from '@binaan/messages';
import * as fs from 'node:fs';
import type { Command } from 'commander';
import { anchorFileText, isClean, merkleRoot } from '@binaan/integrity';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { renderVerifyText } from '../verify/render-verify-report';
import { verifySession } from '../verify/verify-session';

interface AnchorOptions extends StoreOptionValues {
  readonly out?: string;
}

export const registerAnchor = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('anchor')
      .description('verify, then write the head hash of every stream and their Merkle root, for auditors to keep outside the store')
      .option('--out <FILE>', 'write the anchor here (default: stdout)'),
  ).action(async (options: AnchorOptions) => {
    if (options.out !== undefined && fs.existsSync(options.out)) {
      throw UserError.of('anchorExists', { file: options.out });
    }
    const { report, context } = await withSession(io, options, { mayCreate: false }, (session) => verifySession(session, io, 'anchor'));
    const store = context.store;
    if (!isClean(report)) {
      io.stderr.write('binaan: no anchor written: an anchor of a tampered store would vouch for the tampering.\n');
      io.stdout.write(renderVerifyText(report, context, languageOfLocale(io.env)));
      finish(ExitCode.tamperingFound);
      return;
    }
    const anchor = {
      createdAt: new Date().toISOString(),
      lastPosition: report.lastPosition ?? 0n,
      merkleRoot: merkleRoot(report.heads),
      heads: report.heads,
    };
    const text = anchorFileText(anchor, store, report.events);
    if (options.out === undefined) {
      io.stdout.write(text);
    } else {
      fs.writeFileSync(options.out, text, { flag: 'wx' });
      io.stdout.write(
        `Anchored ${report.streams} stream(s), ${report.events} event(s), through position ${anchor.lastPosition}.\n` +
          `Merkle root: ${anchor.merkleRoot}\n` +
          `Keep ${options.out} outside the store and write the root into your working papers; check later with\n` +
          `  binaan verify --anchor ${options.out} --anchor-root ${anchor.merkleRoot}\n`,
      );
    }
    finish(ExitCode.ok);
  });
};
