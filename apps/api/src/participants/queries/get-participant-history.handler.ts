import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { historyEntryViews } from '../../views/history-entry-view';
import { participantStatusView } from '../../views/participant-view';
import { GetParticipantHistoryQuery, type ParticipantHistoryReply } from './get-participant-history.query';
import { streamRevision } from './stream-revision';
import { voidsInStream } from './voids-in-stream';

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
    const voids = await voidsInStream(this.runtime.store, streamName);
    if (cut !== undefined) {
      const replay = await this.runtime.replayParticipantAsOf(participantId, cut);
      return {
        participantId,
        asOf: cut,
        status: replay.status === undefined ? null : participantStatusView(replay.status),
        events: historyEntryViews(replay.events, voids),
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
      events: historyEntryViews(events, voids),
    };
  }
}
