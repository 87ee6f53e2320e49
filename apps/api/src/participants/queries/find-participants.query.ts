import { Query } from '@nestjs/cqrs';
import type { CallerScope } from '../../auth/caller-scope';
import type { Actor } from '../../auth/role';
import type { ParticipantStatusView } from '../../views/participant-view';

/**
 * Who to list: the enrolment whose register entry is `registrationNumber` (a registrar looking her up),
 * or everyone of a programme's cohort (an assessor's class). Always within the caller's scope.
 */
export type ParticipantSearch =
  | { readonly kind: 'registrationNumber'; readonly registrationNumber: string }
  | { readonly kind: 'cohort'; readonly programmeId: string; readonly cohort: string };

export interface FoundParticipant extends ParticipantStatusView {
  readonly personalData: { readonly fullName: string; readonly registrationNumber: string };
}

export interface FoundParticipants {
  readonly items: readonly FoundParticipant[];
}

export class FindParticipantsQuery extends Query<FoundParticipants> {
  constructor(
    readonly search: ParticipantSearch,
    readonly actor: Actor,
    readonly scope: CallerScope,
  ) {
    super();
  }
}
