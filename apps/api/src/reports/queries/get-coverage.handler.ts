import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isNationalScope } from '@binaan/domain';
import { groupWithinScope } from '../scope/report-scope';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { coverageView, type CoverageView } from '../../views/coverage-view';
import { GetCoverageQuery } from './get-coverage.query';

@QueryHandler(GetCoverageQuery)
export class GetCoverageHandler implements IQueryHandler<GetCoverageQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, suppressSmallGroups, scope }: GetCoverageQuery): Promise<CoverageView> {
    const rows = await this.runtime.readModels.facilityCoverage(filter);
    return coverageView(isNationalScope(scope) ? rows : rows.filter(groupWithinScope(scope)), this.runtime.catalogue, suppressSmallGroups);
  }
}
