import { lastPositionOf } from '@binaan/event-store';
import type { Command } from 'commander';
import { isClean, type VerifyReport } from '@binaan/integrity';
import type { ProjectionRunner } from '@binaan/projections';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { withSession } from '../cli/with-session';
import { parseFormat } from '../options/output-format';
import { addStoreOptions, type StoreOptionValues } from '../options/store-location';
import { startProgress } from '../output/progress';
import { recordForcedRebuild } from '../projections/forced-rebuild-record';
import { retainAuditLog } from '../projections/retain-audit-log';
import { renderStatusJson, renderStatusTable } from '../projections/render-status';
import { rebuildPosition, trackPositions } from '../projections/track-positions';
import { verifySession } from '../verify/verify-session';

interface RebuildOptions extends StoreOptionValues {
  readonly force?: boolean;
}

/** Breaks and holes, counted for a one-line message. */
const findings = (report: VerifyReport): string => {
  const gaps = (report.positionGaps ?? []).length;
  const breaks = report.breaks.length;
  return [...(breaks === 0 ? [] : [`${breaks} break(s)`]), ...(gaps === 0 ? [] : [`${gaps} hole(s) in the positions`])].join(' and ');
};

interface StatusOptions extends StoreOptionValues {
  readonly format: string;
}

const checkName = async (runner: ProjectionRunner, name: string | undefined): Promise<readonly string[] | undefined> => {
  if (name === undefined) return undefined;
  const known = (await runner.status()).map((status) => status.name);
  if (!known.includes(name)) {
    throw UserError.of('unknownProjection', { name, known: known.join(', ') });
  }
  return [name];
};

export const registerProjections = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  const projections = program.command('projections').description('the read models: their lag and state, and rebuilds');

  addStoreOptions(
    projections
      .command('status')
      .description('position, lag (events and seconds) and state of each projection; exit 2 when one has failed')
      .argument('[name]', 'one projection only')
      .option('--format <table|json>', 'output format', 'table'),
  ).action(async (name: string | undefined, options: StatusOptions) => {
    const format = parseFormat(options.format, ['table', 'json'] as const);
    const statuses = await withSession(io, options, { mayCreate: false }, async (session) => {
      const runner = (await session.runtime()).projections;
      const only = await checkName(runner, name);
      const all = await runner.status();
      return only === undefined ? all : all.filter((status) => only.includes(status.name));
    });
    io.stdout.write(format === 'json' ? renderStatusJson(statuses) : renderStatusTable(statuses));
    finish(statuses.some((status) => status.failure !== null) ? ExitCode.couldNotRun : ExitCode.ok);
  });

  addStoreOptions(
    projections
      .command('rebuild')
      .description('verify the store, then rebuild into new table versions from the first event and swap them in while queries keep working')
      .argument('[name]', 'one projection only (default: all)')
      .option('--force', 'rebuild even when verify finds tampering; the override is recorded in the data folder (forced-rebuilds.jsonl)'),
  ).action(async (name: string | undefined, options: RebuildOptions) => {
    const outcome = await withSession(io, options, { mayCreate: false }, async (session) => {
      const runtime = await session.runtime();
      const only = await checkName(runtime.projections, name);
      // Before anything is rebuilt: a rebuild replaces the audit log that exposes a tampered store.
      const { report } = await verifySession(session, io, 'verify');
      if (!isClean(report)) {
        if (options.force !== true) return { kind: 'refused', report } as const;
        const retained = await retainAuditLog(session.location.dataDir, runtime.readModels);
        const file = recordForcedRebuild(session.location.dataDir, cliActor(io.env), name ?? 'all', report, retained);
        io.stderr.write(
          `binaan: verify found ${findings(report)}; rebuilding anyway (--force). The override is recorded in ${file}, ` +
            `and the audit log it replaces is kept in ${retained}.\n`,
        );
      }
      const last = await lastPositionOf(runtime.store);
      const progress = startProgress(io, 'rebuild', last === null ? undefined : Number(last));
      const found = await trackPositions(runtime.projections, progress, rebuildPosition, () => runtime.projections.rebuild(only));
      return { kind: 'rebuilt', failures: found, statuses: await runtime.projections.status() } as const;
    });
    if (outcome.kind === 'refused') {
      io.stderr.write(
        `binaan: no rebuild: verify found ${findings(outcome.report)}. A rebuild would project the altered events and replace the audit log ` +
          'that exposes them. Run `binaan verify` for the details; rebuild anyway with --force (the override is recorded).\n',
      );
      finish(ExitCode.tamperingFound);
      return;
    }
    const { failures, statuses } = outcome;
    if (failures.length > 0) {
      for (const failure of failures) {
        io.stderr.write(`binaan: projection ${failure.projection} refused the event at position ${failure.position}: ${failure.message}\n`);
      }
      io.stderr.write('binaan: the failed projections keep their previous tables. Run `binaan verify`, then fix the cause and rebuild again.\n');
      finish(ExitCode.couldNotRun);
      return;
    }
    io.stdout.write(`Rebuilt ${name ?? 'every projection'}.\n${renderStatusTable(statuses)}`);
    finish(ExitCode.ok);
  });
};
