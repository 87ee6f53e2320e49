import { Query } from '@nestjs/cqrs';
import type { CallerScope } from '../../auth/caller-scope';
import type { Actor } from '../../auth/role';
import type { ParticipantStatusView } from '../../views/participant-view';

export interface ParticipantReply {
  readonly participant: ParticipantStatusView & { readonly personalData?: { readonly fullName: string; readonly registrationNumber: string } | null };
  readonly revision: bigint | undefined;
}

export class GetParticipantQuery extends Query<ParticipantReply> {
  constructor(
    readonly participantId: string,
    /** Who asks: the role decides whether the name is shown, and a name shown is recorded against the actor. */
    readonly actor: Actor,
    /** Where the caller works: a participant outside it is answered as unknown. */
    readonly scope: CallerScope,
  ) {
    super();
  }
}
