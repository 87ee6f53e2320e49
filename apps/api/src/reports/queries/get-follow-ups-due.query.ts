import { Query } from '@nestjs/cqrs';
import type { FollowUpsDueView } from '../../views/follow-ups-due-view';

export interface FollowUpsDueFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
}

export class GetFollowUpsDueQuery extends Query<FollowUpsDueView> {
  constructor(
    readonly filter: FollowUpsDueFilter,
    readonly withItems: boolean,
  ) {
    super();
  }
}
