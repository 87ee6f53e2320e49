import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { outcomesView, type OutcomesView } from '../../views/outcome-view';
import { GetOutcomesQuery } from './get-outcomes.query';

@QueryHandler(GetOutcomesQuery)
export class GetOutcomesHandler implements IQueryHandler<GetOutcomesQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter }: GetOutcomesQuery): Promise<OutcomesView> {
    const { cohortFrom, cohortTo, ...groupFilter } = filter;
    const rows = (await this.runtime.readModels.programmeOutcomes(groupFilter)).filter(
      (row) => (cohortFrom === undefined || row.cohort >= cohortFrom) && (cohortTo === undefined || row.cohort <= cohortTo),
    );
    const asOfDates = [...new Set(rows.map((row) => row.as_of_date))].sort();
    return outcomesView(rows, asOfDates[asOfDates.length - 1] ?? null);
  }
}
