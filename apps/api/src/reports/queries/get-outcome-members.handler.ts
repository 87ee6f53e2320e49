import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { businessDateAt, defaultFollowUpWindows } from '@binaan/domain';
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

  async execute({ figure, filter }: GetOutcomeMembersQuery): Promise<OutcomeMembersView> {
    const groups = await this.runtime.readModels.programmeOutcomes(filter);
    const referenceDate = groups.map((group) => group.as_of_date).sort().at(-1) ?? businessDateAt(this.runtime.clock());
    const participants = await this.runtime.readModels.participantStatusRows(filter);
    return outcomeMembersView(figure, referenceDate, figureMembers(figure, participants, { referenceDate, windows: defaultFollowUpWindows }));
  }
}
