import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ParticipantId } from '@binaan/domain';
import { SubjectNotFoundError } from '@binaan/runtime';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { subjectReportView, type SubjectReportView } from '../../views/subject-report-view';
import { GetSubjectReportQuery } from './get-subject-report.query';
import { requireWithinScope } from './participant-within-scope';

/** The report's own disclosure is recorded by the runtime before anything is opened. */
@QueryHandler(GetSubjectReportQuery)
export class GetSubjectReportHandler implements IQueryHandler<GetSubjectReportQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async execute({ participantId, actor, scope }: GetSubjectReportQuery): Promise<SubjectReportView> {
    // Before the report records its disclosure: nothing is opened, or recorded, about someone out of scope.
    await requireWithinScope(this.runtime, participantId, scope);
    try {
      const report = await this.runtime.subjectReport({
        participantId: participantId as ParticipantId,
        actor,
        purpose: 'GET /participants/:id/subject-report',
      });
      return subjectReportView(report, this.runtime.clock().toISOString());
    } catch (error) {
      if (error instanceof SubjectNotFoundError) throw new ProblemException(problems.participantNotFound());
      throw error;
    }
  }
}
