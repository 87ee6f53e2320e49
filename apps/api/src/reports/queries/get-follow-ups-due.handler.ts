import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { followUpsDueView, type FollowUpsDueView } from '../../views/follow-ups-due-view';
import { GetFollowUpsDueQuery } from './get-follow-ups-due.query';
import { businessDateAt } from '@binaan/domain';

@QueryHandler(GetFollowUpsDueQuery)
export class GetFollowUpsDueHandler implements IQueryHandler<GetFollowUpsDueQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, withItems }: GetFollowUpsDueQuery): Promise<FollowUpsDueView> {
    const today = businessDateAt(this.runtime.clock());
    const pending = await this.runtime.readModels.nextFollowUps({ ...filter, today, states: ['due', 'overdue'] });
    return followUpsDueView(pending, today, withItems, this.runtime.catalogue);
  }
}
