import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { auditEntryView } from '../../views/audit-entry-view';
import { GetAuditEventsQuery, type AuditPage } from './get-audit-events.query';

@QueryHandler(GetAuditEventsQuery)
export class GetAuditEventsHandler implements IQueryHandler<GetAuditEventsQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  /** Asks for one row more than the page holds, to know whether another page follows. */
  async execute({ filter }: GetAuditEventsQuery): Promise<AuditPage> {
    const rows = await this.runtime.readModels.auditLog({ ...filter, limit: filter.limit + 1 });
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(auditEntryView),
      nextAfter: rows.length > filter.limit && last !== undefined ? last.position.toString() : null,
    };
  }
}
