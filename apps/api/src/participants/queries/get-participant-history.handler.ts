import { Inject } from '@nestjs/common';
import { businessDateAt } from '@binaan/domain';
import type { AsOf } from '@binaan/projections';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { historyEntryViews } from '../../views/history-entry-view';
import { participantStatusView } from '../../views/participant-view';
import { GetParticipantHistoryQuery, type ParticipantHistoryReply } from './get-participant-history.query';
import { requireWithinScope } from './participant-within-scope';
import { streamRevision } from './stream-revision';
import { voidsInStream } from './voids-in-stream';

/**
 * A cut in the future would show today's record as if it were tomorrow's: refused, naming the
 * parameter. Business dates are judged in Malang; a recorded instant against the server clock.
 */
const refuseFutureCut = (cut: AsOf, now: Date): void => {
  const today = businessDateAt(now);
  if (cut.businessDate !== undefined && cut.businessDate > today) {
    throw new ProblemException(problems.invalidQuery([{ path: 'query.asOf', rule: `must not be in the future (today is ${today} in Malang)` }]));
  }
  if (cut.recordedAt !== undefined && Date.parse(cut.recordedAt) > Date.parse(`${today}T23:59:59.999+07:00`)) {
    throw new ProblemException(problems.invalidQuery([{ path: 'query.knownAt', rule: `must not be in the future (today is ${today} in Malang)` }]));
  }
};

/** A participant's stream holds a few dozen events; this bounds one answer all the same. */
const maxHistoryEvents = 10_000;

@QueryHandler(GetParticipantHistoryQuery)
export class GetParticipantHistoryHandler implements IQueryHandler<GetParticipantHistoryQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ participantId, cut, scope }: GetParticipantHistoryQuery): Promise<ParticipantHistoryReply> {
    const streamName = `participant-${participantId}`;
    await requireWithinScope(this.runtime, participantId, scope);
    if ((await streamRevision(this.runtime.store, streamName)) === undefined) {
      throw new ProblemException(problems.participantNotFound());
    }
    if (cut !== undefined) refuseFutureCut(cut, this.runtime.clock());
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
