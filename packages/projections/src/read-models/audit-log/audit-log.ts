import { eventBusinessDate } from '@binaan/domain';
import { actorOf, metadataText, recordedAtOf, type ProjectionEvent } from '../projection-event';
import type { AuditLogRow } from '../read-model-rows';

/** audit_log: who did what and when, for every event. Only ids, types, dates and hashes: no personal data. */
export const auditLogRow = (event: ProjectionEvent): AuditLogRow => {
  const actor = actorOf(event);
  return {
    position: event.position,
    stream_name: event.streamName,
    revision: event.revision,
    event_type: event.type,
    event_id: metadataText(event, 'eventId'),
    business_date: eventBusinessDate(event.type, event.data),
    recorded_at: recordedAtOf(event),
    actor_id: actor.id,
    actor_role: actor.role,
    command_id: metadataText(event, 'commandId'),
    correlation_id: metadataText(event, 'correlationId'),
    causation_id: metadataText(event, 'causationId'),
    hash: metadataText(event, 'hash'),
  };
};
