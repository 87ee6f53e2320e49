import { Query } from '@nestjs/cqrs';
import type { AuditFilter } from '../../runtime/api-runtime.port';
import type { AuditEntryView } from '../../views/audit-entry-view';
import type { CallerScope } from '../../auth/caller-scope';

export interface AuditPage {
  readonly items: readonly AuditEntryView[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextAfter: string | null;
}

export class GetAuditEventsQuery extends Query<AuditPage> {
  constructor(
    readonly filter: AuditFilter,
    /** A scoped caller sees only the streams of her participants and her units. */
    readonly scope: CallerScope,
  ) {
    super();
  }
}
