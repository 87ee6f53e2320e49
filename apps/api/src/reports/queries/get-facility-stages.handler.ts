import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isNationalScope } from '@binaan/domain';
import { groupWithinScope } from '../scope/report-scope';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { facilityStagesView, type FacilityStagesView } from '../../views/facility-stages-view';
import { GetFacilityStagesQuery } from './get-facility-stages.query';

@QueryHandler(GetFacilityStagesQuery)
export class GetFacilityStagesHandler implements IQueryHandler<GetFacilityStagesQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, suppressSmallCounts, scope }: GetFacilityStagesQuery): Promise<FacilityStagesView> {
    const { cohortFrom, cohortTo, ...selection } = filter;
    const withinScope = isNationalScope(scope) ? () => true : groupWithinScope(scope);
    // Each stage is counted at the unit where it happened: a scoped caller sees the stages her units saw.
    const rows = (await this.runtime.readModels.facilityStages(selection)).filter(
      (row) => (cohortFrom === undefined || row.cohort >= cohortFrom) && (cohortTo === undefined || row.cohort <= cohortTo) && withinScope(row),
    );
    return facilityStagesView(rows, suppressSmallCounts);
  }
}
