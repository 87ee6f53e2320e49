import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { followUpsDueView, type FollowUpsDueView } from '../../views/follow-ups-due-view';
import { GetFollowUpsDueQuery } from './get-follow-ups-due.query';
import { businessDateAt, isNationalScope } from '@binaan/domain';
import { participantIdsWithinScope } from '../scope/report-scope';

@QueryHandler(GetFollowUpsDueQuery)
export class GetFollowUpsDueHandler implements IQueryHandler<GetFollowUpsDueQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, withItems, scope }: GetFollowUpsDueQuery): Promise<FollowUpsDueView> {
    const today = businessDateAt(this.runtime.clock());
    const pending = await this.runtime.readModels.nextFollowUps({ ...filter, today, states: ['due', 'overdue'] });
    if (isNationalScope(scope)) return followUpsDueView(pending, today, withItems, this.runtime.catalogue);
    // The worklist of her units: the women they hold now (or last held, after release), items and counts alike.
    const withinScope = await participantIdsWithinScope(this.runtime.readModels, scope);
    return followUpsDueView(
      pending.filter((next) => withinScope.has(next.participant_id)),
      today,
      withItems,
      this.runtime.catalogue,
    );
  }
}
