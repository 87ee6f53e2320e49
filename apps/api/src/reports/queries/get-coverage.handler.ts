import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { coverageView, type CoverageView } from '../../views/coverage-view';
import { GetCoverageQuery } from './get-coverage.query';

@QueryHandler(GetCoverageQuery)
export class GetCoverageHandler implements IQueryHandler<GetCoverageQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, suppressSmallGroups }: GetCoverageQuery): Promise<CoverageView> {
    return coverageView(await this.runtime.readModels.facilityCoverage(filter), this.runtime.catalogue, suppressSmallGroups);
  }
}
