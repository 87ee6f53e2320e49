import type { AuditLogRow, ReadModelStore } from '@binaan/projections';
import type { AuditFilter } from './api-runtime.port';

const bigintOf = (value: unknown): bigint => BigInt(value as bigint | number | string);

/** SQLite gives numbers or bigints and PostgreSQL gives int8 as text: positions and revisions become bigints. */
const auditRow = (raw: AuditLogRow): AuditLogRow => ({ ...raw, position: bigintOf(raw.position), revision: bigintOf(raw.revision) });

/**
 * The audit log, filtered in SQL on both dialects: stream, actor, event type and recorded time
 * (ISO-8601 text in UTC, so text order is time order), in position order after a keyset cursor.
 */
export const auditLogRows = async (readModels: ReadModelStore, filter: AuditFilter): Promise<readonly AuditLogRow[]> => {
  let select = readModels.db.selectFrom('audit_log').selectAll();
  if (filter.afterPosition !== undefined) select = select.where('position', '>', filter.afterPosition);
  if (filter.streamName !== undefined) select = select.where('stream_name', '=', filter.streamName);
  if (filter.actorId !== undefined) select = select.where('actor_id', '=', filter.actorId);
  if (filter.eventType !== undefined) select = select.where('event_type', '=', filter.eventType);
  if (filter.recordedFrom !== undefined) select = select.where('recorded_at', '>=', filter.recordedFrom);
  if (filter.recordedUntil !== undefined) select = select.where('recorded_at', '<=', filter.recordedUntil);
  const rows = await select.orderBy('position').limit(filter.limit).execute();
  return rows.map((raw) => auditRow(raw as AuditLogRow));
};
