import { Query } from '@nestjs/cqrs';
import type { FollowUpsDueView } from '../../views/follow-ups-due-view';
import type { CallerScope } from '../../auth/caller-scope';

export interface FollowUpsDueFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
}

export class GetFollowUpsDueQuery extends Query<FollowUpsDueView> {
  constructor(
    readonly filter: FollowUpsDueFilter,
    readonly withItems: boolean,
    /** Items and counts alike cover only the participants within the caller's scope. */
    readonly scope: CallerScope,
  ) {
    super();
  }
}
