import type { AuditLogRow } from '@binaan/projections';
import type { VoidOfEntry } from '../participants/queries/voids-in-stream';
import { auditEntryView } from './audit-entry-view';

/**
 * One entry of a participant's history: the audit row (who recorded it, when), and how voids tie
 * entries together: a void names the entry it set aside and why; a voided entry names its void.
 * Only voids within the same history count, so a history as of a date shows what was known then.
 */
export const historyEntryViews = (rows: readonly AuditLogRow[], voids: readonly VoidOfEntry[]) => {
  const shown = new Set(rows.map((row) => row.event_id));
  const standing = voids.filter((entry) => shown.has(entry.voidEventId));
  const voidOf = new Map(standing.map((entry) => [entry.voidEventId, entry]));
  const voidedBy = new Map(standing.map((entry) => [entry.voidedEventId, entry.voidEventId]));
  return rows.map((row) => {
    const entry = row.event_id === null ? undefined : voidOf.get(row.event_id);
    return {
      ...auditEntryView(row),
      voidedBy: (row.event_id === null ? undefined : voidedBy.get(row.event_id)) ?? null,
      voids: entry === undefined ? null : { eventId: entry.voidedEventId, eventType: entry.voidedType, reason: entry.reason },
    };
  });
};

export type HistoryEntryView = ReturnType<typeof historyEntryViews>[number];
