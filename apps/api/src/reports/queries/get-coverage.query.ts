import { Query } from '@nestjs/cqrs';
import type { FacilityCoverageQuery } from '@binaan/projections';
import type { CoverageView } from '../../views/coverage-view';
import type { CallerScope } from '../../auth/caller-scope';

export class GetCoverageQuery extends Query<CoverageView> {
  constructor(
    readonly filter: FacilityCoverageQuery,
    /** Viewers see months with fewer than ten people in the programme suppressed. */
    readonly suppressSmallGroups: boolean,
    /** A scoped caller sees only her units. */
    readonly scope: CallerScope,
  ) {
    super();
  }
}
