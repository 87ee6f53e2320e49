import { Inject } from '@nestjs/common';
import { businessDateAt } from '@binaan/domain';
import { outcomesByHomeRegency } from '@binaan/projections';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { homeRegencyGroupsView } from '../../views/home-regency-outcome-view';
import { outcomesView } from '../../views/outcome-view';
import { GetOutcomesQuery, type GroupedOutcomesView } from './get-outcomes.query';

@QueryHandler(GetOutcomesQuery)
export class GetOutcomesHandler implements IQueryHandler<GetOutcomesQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, suppressSmallGroups, groupBy }: GetOutcomesQuery): Promise<GroupedOutcomesView> {
    const { cohortFrom, cohortTo, ...groupFilter } = filter;
    const inCohortRange = (row: { readonly cohort: string }) =>
      (cohortFrom === undefined || row.cohort >= cohortFrom) && (cohortTo === undefined || row.cohort <= cohortTo);
    const rows = (await this.runtime.readModels.programmeOutcomes(groupFilter)).filter(inCohortRange);
    const median = await this.runtime.readModels.medianDaysToFirstIncome({
      ...groupFilter,
      ...(cohortFrom === undefined ? {} : { cohortFrom }),
      ...(cohortTo === undefined ? {} : { cohortTo }),
    });
    const asOfDates = [...new Set(rows.map((row) => row.as_of_date))].sort();
    const view = outcomesView(rows, asOfDates[asOfDates.length - 1] ?? null, {
      medianDaysToFirstIncome: median,
      suppressSmallGroups,
    });
    if (groupBy === 'cohort') return view;
    // Cut by home regency from the same participants, measured on the date the cohort figures were.
    const referenceDate = view.asOfDate ?? businessDateAt(this.runtime.clock());
    const participants = (await this.runtime.readModels.participantStatusRows(groupFilter)).filter(inCohortRange);
    const groups = homeRegencyGroupsView(outcomesByHomeRegency(participants, referenceDate), this.runtime.catalogue, suppressSmallGroups);
    return { ...view, groupBy: 'homeRegency', groups };
  }
}
