import { Query } from '@nestjs/cqrs';
import type { FacilityStagesView } from '../../views/facility-stages-view';
import type { CallerScope } from '../../auth/caller-scope';

export interface FacilityStagesFilter {
  readonly programmeId?: string;
  readonly cohort?: string;
  readonly cohortFrom?: string;
  readonly cohortTo?: string;
}

/** The stages of the selected cohorts, each at the unit where it happened. */
export class GetFacilityStagesQuery extends Query<FacilityStagesView> {
  constructor(
    readonly filter: FacilityStagesFilter,
    readonly suppressSmallCounts: boolean,
    readonly scope: CallerScope,
  ) {
    super();
  }
}
