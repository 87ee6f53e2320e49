import { Query } from '@nestjs/cqrs';
import type { OutcomeFilter } from '../../runtime/api-runtime.port';
import type { OutcomesView } from '../../views/outcome-view';

/** The read model's group filter, plus an inclusive range of cohorts (`YYYY-MM`): the enrolment months. */
export interface OutcomesQueryFilter extends OutcomeFilter {
  readonly cohortFrom?: string;
  readonly cohortTo?: string;
}

export class GetOutcomesQuery extends Query<OutcomesView> {
  constructor(
    readonly filter: OutcomesQueryFilter,
    /** Viewers see small groups suppressed; staff and auditors see them flagged. */
    readonly suppressSmallGroups: boolean,
  ) {
    super();
  }
}
