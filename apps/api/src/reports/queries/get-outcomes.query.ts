import { Query } from '@nestjs/cqrs';
import type { OutcomeFilter } from '../../runtime/api-runtime.port';
import type { HomeRegencyGroupsView } from '../../views/home-regency-outcome-view';
import type { OutcomesView } from '../../views/outcome-view';
import type { CallerScope } from '../../auth/caller-scope';

/** How the groups are cut: the read model's programme × facility × cohort (default), or programme × home regency. */
export type OutcomeGrouping = 'cohort' | 'homeRegency';

/** The outcomes view, its groups cut by home regency when asked. */
export type GroupedOutcomesView = OutcomesView | (Omit<OutcomesView, 'groups'> & { readonly groupBy: 'homeRegency'; readonly groups: HomeRegencyGroupsView });

/** The read model's group filter, plus an inclusive range of cohorts (`YYYY-MM`): the enrolment months. */
export interface OutcomesQueryFilter extends OutcomeFilter {
  readonly cohortFrom?: string;
  readonly cohortTo?: string;
}

export class GetOutcomesQuery extends Query<GroupedOutcomesView> {
  constructor(
    readonly filter: OutcomesQueryFilter,
    /** Viewers see small groups suppressed; staff and auditors see them flagged. */
    readonly suppressSmallGroups: boolean,
    readonly scope: CallerScope,
    readonly groupBy: OutcomeGrouping = 'cohort',
  ) {
    super();
  }
}
