import { verifyStore, type Anchor, type VerifyReport } from '@binaan/integrity';
import type { CliIo } from '../cli/cli-io';
import { describeStore } from '../options/store-location';
import { startProgress } from '../output/progress';
import type { StoreSession } from '../store/open-session';
import { auditLogSourceOf } from './audit-log-source';
import type { VerifyContext } from './render-verify-report';
import { sqlitePositionLedger } from './sqlite-position-ledger';

/**
 * Verifies the store a session opened: every chain, the audit log when there is one, an anchor when
 * given, and on SQLite every position. What `verify`, `anchor` and `projections rebuild` all run.
 */
export const verifySession = async (
  session: StoreSession,
  io: CliIo,
  label: string,
  anchor?: Anchor,
): Promise<{ readonly report: VerifyReport; readonly context: VerifyContext }> => {
  const audit = await auditLogSourceOf(session);
  const onSqlite = session.location.esdbUrl === undefined;
  // SQLite positions count events one by one; EventStoreDB's are log offsets and say nothing of the count.
  const estimate = onSqlite && audit.available && audit.source.checkedThrough !== null ? Number(audit.source.checkedThrough) : undefined;
  const report = await verifyStore({
    events: session.storedEvents(),
    ...(audit.available ? { auditLog: audit.source } : {}),
    ...(anchor === undefined ? {} : { anchor }),
    ...(onSqlite ? { positions: await sqlitePositionLedger(session) } : {}),
    progress: startProgress(io, label, estimate),
  });
  const otherRecords = session.otherRecordsSeen();
  return {
    report,
    context: {
      store: describeStore(session.location),
      ...(audit.available ? {} : { auditLogSkipped: audit.reason }),
      ...(otherRecords === undefined ? {} : { otherRecords }),
    },
  };
};
