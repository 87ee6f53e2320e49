import { Query } from '@nestjs/cqrs';
import type { FacilityCoverageQuery } from '@binaan/projections';
import type { CoverageView } from '../../views/coverage-view';

export class GetCoverageQuery extends Query<CoverageView> {
  constructor(
    readonly filter: FacilityCoverageQuery,
    /** Viewers see months with fewer than ten people in the programme suppressed. */
    readonly suppressSmallGroups: boolean,
  ) {
    super();
  }
}
