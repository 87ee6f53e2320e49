import { Inject } from '@nestjs/common';
import { businessDateAt, isNationalScope } from '@binaan/domain';
import { outcomesByHomeRegency } from '@binaan/projections';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { groupWithinScope } from '../scope/report-scope';
import { homeRegencyGroupsView } from '../../views/home-regency-outcome-view';
import { outcomesView } from '../../views/outcome-view';
import { GetOutcomesQuery, type GroupedOutcomesView } from './get-outcomes.query';

@QueryHandler(GetOutcomesQuery)
export class GetOutcomesHandler implements IQueryHandler<GetOutcomesQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, suppressSmallGroups, scope, groupBy }: GetOutcomesQuery): Promise<GroupedOutcomesView> {
    const { cohortFrom, cohortTo, ...groupFilter } = filter;
    const national = isNationalScope(scope);
    // A scoped caller's figures are the groups of her units (and programmes): each cohort counted at its enrolling unit.
    const withinScope = groupWithinScope(scope);
    const selected = (row: { readonly cohort: string; readonly facility_id: string; readonly programme_id: string }) =>
      (cohortFrom === undefined || row.cohort >= cohortFrom) && (cohortTo === undefined || row.cohort <= cohortTo) && (national || withinScope(row));
    const rows = (await this.runtime.readModels.programmeOutcomes(groupFilter)).filter(selected);
    const participantsOfGroups = async () => (await this.runtime.readModels.participantStatusRows(groupFilter)).filter(selected);
    // The database works out the median over the participants of the selected groups (never from groups' medians);
    // a scope selects the groups of its units and programmes, as groupWithinScope does.
    const median = await this.runtime.readModels.medianDaysToFirstIncome({
      ...groupFilter,
      ...(cohortFrom === undefined ? {} : { cohortFrom }),
      ...(cohortTo === undefined ? {} : { cohortTo }),
      ...(national || scope.facilities === 'all' ? {} : { facilityIds: scope.facilities }),
      ...(national || scope.programmes === 'all' ? {} : { programmeIds: scope.programmes }),
    });
    const asOfDates = [...new Set(rows.map((row) => row.as_of_date))].sort();
    const view = outcomesView(rows, asOfDates[asOfDates.length - 1] ?? null, {
      medianDaysToFirstIncome: median,
      suppressSmallGroups,
    });
    if (groupBy === 'cohort') return view;
    // Cut by home regency from the same participants, measured on the date the cohort figures were.
    const referenceDate = view.asOfDate ?? businessDateAt(this.runtime.clock());
    const participants = await participantsOfGroups();
    const groups = homeRegencyGroupsView(outcomesByHomeRegency(participants, referenceDate), this.runtime.catalogue, suppressSmallGroups);
    return { ...view, groupBy: 'homeRegency', groups };
  }
}
