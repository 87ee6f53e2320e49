import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { auditEntryView } from '../../views/audit-entry-view';
import { participantStatusView } from '../../views/participant-view';
import { GetParticipantHistoryQuery, type ParticipantHistoryReply } from './get-participant-history.query';
import { streamRevision } from './stream-revision';

/** A participant's stream holds a few dozen events; this bounds one answer all the same. */
const maxHistoryEvents = 10_000;

@QueryHandler(GetParticipantHistoryQuery)
export class GetParticipantHistoryHandler implements IQueryHandler<GetParticipantHistoryQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ participantId, cut }: GetParticipantHistoryQuery): Promise<ParticipantHistoryReply> {
    const streamName = `participant-${participantId}`;
    if ((await streamRevision(this.runtime.store, streamName)) === undefined) {
      throw new ProblemException(problems.participantNotFound());
    }
    if (cut !== undefined) {
      const replay = await this.runtime.replayParticipantAsOf(participantId, cut);
      return {
        participantId,
        asOf: cut,
        status: replay.status === undefined ? null : participantStatusView(replay.status),
        events: replay.events.map(auditEntryView),
      };
    }
    const [status, events] = await Promise.all([
      this.runtime.readModels.participantStatus(participantId),
      this.runtime.readModels.auditLog({ streamName, limit: maxHistoryEvents }),
    ]);
    return {
      participantId,
      asOf: null,
      status: status === undefined ? null : participantStatusView(status),
      events: events.map(auditEntryView),
    };
  }
}
