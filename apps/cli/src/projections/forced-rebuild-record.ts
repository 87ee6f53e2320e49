import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Actor } from '@binaan/domain';
import type { VerifyReport } from '@binaan/integrity';

/** Where a rebuild forced over a failed verify is recorded, in the data folder beside the store. */
export const FORCED_REBUILDS_FILE = 'forced-rebuilds.jsonl';

/**
 * Appends one line for a rebuild forced over a failed verify: when, by whom, which projections, and
 * what verify had found (counts and places, never event data). The event store has no event type
 * for it, so it is a file of its own, kept owner-only like the master key; the line on stderr says
 * where it went. Returns the file.
 */
export const recordForcedRebuild = (
  dataDir: string,
  actor: Actor,
  projections: string,
  report: VerifyReport,
  retainedAuditLog: string,
  at: Date = new Date(),
): string => {
  const file = path.join(dataDir, FORCED_REBUILDS_FILE);
  const line = {
    at: at.toISOString(),
    actor,
    command: 'binaan projections rebuild --force',
    projections,
    retainedAuditLog: path.basename(retainedAuditLog),
    verify: {
      breaks: report.breaks.map((found) => ({ source: found.source, kind: found.kind, streamName: found.streamName, revision: String(found.revision) })),
      positionGaps: (report.positionGaps ?? []).map((gap) => ({ from: String(gap.from), to: String(gap.to) })),
    },
  };
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  return file;
};
