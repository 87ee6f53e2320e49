import type { Command } from 'commander';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { withSession } from '../cli/with-session';
import { participantIdArgument } from '../history/participant-id-argument';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { SubjectNotFoundError } from '@binaan/runtime';
import { UserError } from '../cli/user-error';
import { renderSubjectReportJson, renderSubjectReportText } from '../subject-report/render-subject-report';

interface SubjectReportOptions extends StoreOptionValues {
  readonly format: string;
}

/** How the access log names this disclosure. */
export const SUBJECT_REPORT_PURPOSE = 'binaan subject-report';

export const registerSubjectReport = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  addStoreOptions(
    program
      .command('subject-report')
      .description('everything held about one person, the personal data decrypted, and who was shown it (needs the master key; the report is itself recorded as a disclosure)')
      .argument('<participantId>', 'the participant id (a UUID)')
      .option('--format <text|json>', 'output format', 'text'),
  ).action(async (participantId: string, options: SubjectReportOptions) => {
    const format = parseFormat(options.format, ['text', 'json'] as const);
    const id = participantIdArgument(participantId);
    const report = await withSession(io, options, { mayCreate: false }, async (session) => {
      const runtime = await session.runtime();
      try {
        return await runtime.subjectReport({ participantId: id, actor: cliActor(io.env), purpose: SUBJECT_REPORT_PURPOSE });
      } catch (error) {
        if (error instanceof SubjectNotFoundError) {
          throw new UserError(error.message, 'Check the id and --store; `binaan export` lists every stream');
        }
        throw error;
      }
    });
    const generatedAt = new Date().toISOString();
    io.stdout.write(format === 'json' ? renderSubjectReportJson(report, generatedAt) : renderSubjectReportText(report, generatedAt));
    finish(ExitCode.ok);
  });
};
