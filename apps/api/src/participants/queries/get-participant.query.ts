import { Query } from '@nestjs/cqrs';
import type { Role } from '../../auth/role';
import type { ParticipantStatusView } from '../../views/participant-view';

export interface ParticipantReply {
  readonly participant: ParticipantStatusView & { readonly personalData?: { readonly fullName: string; readonly registrationNumber: string } | null };
  readonly revision: bigint | undefined;
}

export class GetParticipantQuery extends Query<ParticipantReply> {
  constructor(
    readonly participantId: string,
    readonly role: Role,
  ) {
    super();
  }
}
