import { Inject } from '@nestjs/common';
import { medianDaysToFirstIncome } from '@binaan/projections';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { outcomesView, type OutcomesView } from '../../views/outcome-view';
import { GetOutcomesQuery } from './get-outcomes.query';

@QueryHandler(GetOutcomesQuery)
export class GetOutcomesHandler implements IQueryHandler<GetOutcomesQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, suppressSmallGroups }: GetOutcomesQuery): Promise<OutcomesView> {
    const { cohortFrom, cohortTo, ...groupFilter } = filter;
    const inCohortRange = (row: { readonly cohort: string }) =>
      (cohortFrom === undefined || row.cohort >= cohortFrom) && (cohortTo === undefined || row.cohort <= cohortTo);
    const rows = (await this.runtime.readModels.programmeOutcomes(groupFilter)).filter(inCohortRange);
    const participants = (await this.runtime.readModels.participantStatusRows(groupFilter)).filter(inCohortRange);
    const asOfDates = [...new Set(rows.map((row) => row.as_of_date))].sort();
    return outcomesView(rows, asOfDates[asOfDates.length - 1] ?? null, {
      medianDaysToFirstIncome: medianDaysToFirstIncome(participants),
      suppressSmallGroups,
    });
  }
}
