import { Query } from '@nestjs/cqrs';
import type { AsOf } from '@binaan/projections';
import type { CallerScope } from '../../auth/caller-scope';
import type { HistoryEntryView } from '../../views/history-entry-view';
import type { ParticipantStatusView } from '../../views/participant-view';

export interface ParticipantHistoryReply {
  readonly participantId: string;
  /** The cut replayed to, or null for the live history. */
  readonly asOf: AsOf | null;
  readonly status: ParticipantStatusView | null;
  readonly events: readonly HistoryEntryView[];
}

export class GetParticipantHistoryQuery extends Query<ParticipantHistoryReply> {
  constructor(
    readonly participantId: string,
    readonly cut: AsOf | undefined,
    readonly scope: CallerScope,
  ) {
    super();
  }
}
