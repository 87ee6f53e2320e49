import { Query } from '@nestjs/cqrs';
import type { CallerScope } from '../../auth/caller-scope';
import type { FollowUpsDueCursor } from '@binaan/projections';
import type { Actor } from '../../auth/role';
import type { FollowUpsDueView } from '../../views/follow-ups-due-view';

export interface FollowUpsDueFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
  readonly participantId?: string;
}

/** Which page of the items: at most `limit`, after the item a cursor names. */
export interface FollowUpsDuePageRequest {
  readonly limit: number;
  readonly after?: FollowUpsDueCursor;
}

/** A case worker asking for the names and contact details of the people on her list (`?contacts=true`). */
export interface ContactsRequest {
  readonly actor: Actor;
  readonly scope: CallerScope;
}

export class GetFollowUpsDueQuery extends Query<FollowUpsDueView> {
  constructor(
    readonly filter: FollowUpsDueFilter,
    readonly withItems: boolean,
    /** Items and counts alike cover only the participants within the caller's scope. */
    readonly scope: CallerScope,
    readonly page: FollowUpsDuePageRequest,
    readonly contacts?: ContactsRequest,
  ) {
    super();
  }
}
