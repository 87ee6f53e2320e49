import { Query } from '@nestjs/cqrs';
import type { AuditFilter } from '../../runtime/api-runtime.port';
import type { AuditEntryView } from '../../views/audit-entry-view';

export interface AuditPage {
  readonly items: readonly AuditEntryView[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextAfter: string | null;
}

export class GetAuditEventsQuery extends Query<AuditPage> {
  constructor(readonly filter: AuditFilter) {
    super();
  }
}
