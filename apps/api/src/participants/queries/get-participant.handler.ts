import { Inject } from '@nestjs/common';
import type { ParticipantId } from '@binaan/domain';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { rolesSeeingPersonalData } from '../../auth/access-policy';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { participantStatusView, personalDataView } from '../../views/participant-view';
import { GetParticipantQuery, type ParticipantReply } from './get-participant.query';
import { requireWithinScope } from './participant-within-scope';
import { streamRevision } from './stream-revision';

@QueryHandler(GetParticipantQuery)
export class GetParticipantHandler implements IQueryHandler<GetParticipantQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ participantId, actor, scope }: GetParticipantQuery): Promise<ParticipantReply> {
    await requireWithinScope(this.runtime, participantId, scope);
    const row = await this.runtime.readModels.participantStatus(participantId);
    if (row === undefined) throw new ProblemException(problems.participantNotFound());
    const revision = await streamRevision(this.runtime.store, `participant-${participantId}`);
    const status = participantStatusView(row);
    if (!rolesSeeingPersonalData.includes(actor.role)) return { participant: status, revision };
    const entry = await this.runtime.readModels.participantDirectoryEntry(participantId);
    const personalData = personalDataView(entry);
    // Recorded before the answer leaves: a disclosure that cannot be recorded is not made.
    if (personalData !== null) {
      await this.runtime.recordDisclosure({ actor, participantIds: [participantId as ParticipantId], purpose: 'GET /participants/:id' });
    }
    return { participant: { ...status, personalData }, revision };
  }
}
