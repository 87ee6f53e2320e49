import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { businessDateAt, defaultFollowUpWindows, isNationalScope } from '@binaan/domain';
import { statusRowWithinScope } from '../scope/report-scope';
import { figureMembers } from '@binaan/projections';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { outcomeMembersView, type OutcomeMembersView } from '../../views/outcome-members-view';
import { GetOutcomeMembersQuery } from './get-outcome-members.query';

/**
 * Lists with the same tests programme_outcomes counts with, on the date its figures were measured on
 * (the groups' as_of_date; today when there is no group yet), so every id listed is one the figure counted.
 */
@QueryHandler(GetOutcomeMembersQuery)
export class GetOutcomeMembersHandler implements IQueryHandler<GetOutcomeMembersQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ figure, filter, scope }: GetOutcomeMembersQuery): Promise<OutcomeMembersView> {
    const groups = await this.runtime.readModels.programmeOutcomes(filter);
    const referenceDate = groups.map((group) => group.as_of_date).sort().at(-1) ?? businessDateAt(this.runtime.clock());
    // Names only the participants within scope: those her units hold now, as every participant route does.
    const rows = await this.runtime.readModels.participantStatusRows(filter);
    const participants = isNationalScope(scope) ? rows : rows.filter(statusRowWithinScope(scope));
    return outcomeMembersView(figure, referenceDate, figureMembers(figure, participants, { referenceDate, windows: defaultFollowUpWindows }));
  }
}
