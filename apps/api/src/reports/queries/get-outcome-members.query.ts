import { Query } from '@nestjs/cqrs';
import type { PeopleFigureName } from '@binaan/projections';
import type { OutcomeFilter } from '../../runtime/api-runtime.port';
import type { OutcomeMembersView } from '../../views/outcome-members-view';
import type { CallerScope } from '../../auth/caller-scope';

/** Which participants a figure counts, in the groups the filter selects: an auditor's sample. */
export class GetOutcomeMembersQuery extends Query<OutcomeMembersView> {
  constructor(
    readonly figure: PeopleFigureName,
    readonly filter: OutcomeFilter,
    readonly scope: CallerScope,
  ) {
    super();
  }
}
