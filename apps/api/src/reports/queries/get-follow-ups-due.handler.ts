import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { jakartaToday } from '../../commands/jakarta-today';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { followUpsDueView, type FollowUpsDueView } from '../../views/follow-ups-due-view';
import { GetFollowUpsDueQuery } from './get-follow-ups-due.query';

@QueryHandler(GetFollowUpsDueQuery)
export class GetFollowUpsDueHandler implements IQueryHandler<GetFollowUpsDueQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ filter, withItems }: GetFollowUpsDueQuery): Promise<FollowUpsDueView> {
    const today = jakartaToday(this.runtime.clock());
    const pending = await this.runtime.readModels.nextFollowUps({ ...filter, today, states: ['due', 'overdue'] });
    return followUpsDueView(pending, today, withItems);
  }
}
