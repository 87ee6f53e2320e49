import type { AuditLogRow } from '@binaan/projections';

/** An audit_log row as the API shows it; bigints travel as decimal strings. No personal data. */
export const auditEntryView = (row: AuditLogRow) => ({
  position: row.position.toString(),
  streamName: row.stream_name,
  revision: row.revision.toString(),
  eventType: row.event_type,
  eventId: row.event_id,
  businessDate: row.business_date,
  recordedAt: row.recorded_at,
  actor: row.actor_id === null ? null : { id: row.actor_id, role: row.actor_role },
  commandId: row.command_id,
  correlationId: row.correlation_id,
  causationId: row.causation_id,
  hash: row.hash,
});

export type AuditEntryView = ReturnType<typeof auditEntryView>;
