import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isNationalScope } from '@binaan/domain';
import type { AuditLogRow } from '@binaan/projections';
import { scopeIncludesFacility, type CallerScope } from '../../auth/caller-scope';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { auditEntryView } from '../../views/audit-entry-view';
import { participantIdsWithinScope } from '../scope/report-scope';
import { GetAuditEventsQuery, type AuditPage } from './get-audit-events.query';

/** How many rows a scoped page reads at a time while it looks for rows of her streams. */
const scopedBatch = 500;

/**
 * The streams a scoped auditor may read: those of her participants and of her units' head counts.
 * Reservation and disclosure streams belong to no unit: only national reach reads them here.
 */
const streamWithinScope = (scope: CallerScope, participants: ReadonlySet<string>) => (row: AuditLogRow): boolean =>
  row.stream_name.startsWith('participant-')
    ? participants.has(row.stream_name.slice('participant-'.length))
    : row.stream_name.startsWith('facility-') && scopeIncludesFacility(scope, row.stream_name.slice('facility-'.length));

@QueryHandler(GetAuditEventsQuery)
export class GetAuditEventsHandler implements IQueryHandler<GetAuditEventsQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  /** Asks for one row more than the page holds, to know whether another page follows. */
  async execute({ filter, scope }: GetAuditEventsQuery): Promise<AuditPage> {
    const rows = isNationalScope(scope) ? await this.runtime.readModels.auditLog({ ...filter, limit: filter.limit + 1 }) : await this.scopedRows(filter, scope);
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(auditEntryView),
      nextAfter: rows.length > filter.limit && last !== undefined ? last.position.toString() : null,
    };
  }

  /** Up to one row more than the page, of her streams only, reading on in position order until found or done. */
  private async scopedRows(filter: GetAuditEventsQuery['filter'], scope: CallerScope): Promise<readonly AuditLogRow[]> {
    const visible = streamWithinScope(scope, await participantIdsWithinScope(this.runtime.readModels, scope));
    const found: AuditLogRow[] = [];
    const batch = Math.max(filter.limit + 1, scopedBatch);
    let after = filter.afterPosition;
    for (;;) {
      const rows = await this.runtime.readModels.auditLog({ ...filter, ...(after === undefined ? {} : { afterPosition: after }), limit: batch });
      found.push(...rows.filter(visible));
      const last = rows.at(-1);
      if (found.length > filter.limit || rows.length < batch || last === undefined) return found.slice(0, filter.limit + 1);
      after = last.position;
    }
  }
}
