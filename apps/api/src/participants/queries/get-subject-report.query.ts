import { Query } from '@nestjs/cqrs';
import type { CallerScope } from '../../auth/caller-scope';
import type { Actor } from '../../auth/role';
import type { SubjectReportView } from '../../views/subject-report-view';

/** Everything held about one person (UU PDP), for the admin who answers her request. */
export class GetSubjectReportQuery extends Query<SubjectReportView> {
  constructor(
    readonly participantId: string,
    readonly actor: Actor,
    readonly scope: CallerScope,
  ) {
    super();
  }
}
