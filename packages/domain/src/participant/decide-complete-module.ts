import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { findModule, findProgramme } from '../catalogue/catalogue-lookup';
import { CompleteModule } from '../commands/complete-module';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import { DomainError } from '../errors/domain-error';
import {
  assessmentBeforeEnrolment,
  assessmentDateInFuture,
  moduleAlreadyCompetent,
  moduleNotInCurriculum,
  prerequisitesNotCompetent,
} from '../errors/module-errors';
import { curriculumNotFound } from '../errors/participant-errors';
import { Decision, DecisionContext, rejectWhen, requireEnrolled } from './decision';
import { ParticipantState } from './participant-state';

/**
 * Modules follow the curriculum version recorded at enrolment, and may continue after release.
 * Reassessment after not_yet_competent is allowed; once competent, a module takes no further assessment.
 */
export const decideCompleteModule =
  ({ catalogue, today }: DecisionContext) =>
  (command: CompleteModule, state: ParticipantState): Decision =>
    pipe(
      E.Do,
      E.bind('participant', () => requireEnrolled(state)),
      E.bind('programme', ({ participant }) =>
        E.fromOption((): DomainError => curriculumNotFound(participant.programmeId, participant.curriculumVersion))(
          findProgramme(catalogue, participant.programmeId, participant.curriculumVersion),
        ),
      ),
      E.bind('module', ({ participant, programme }) =>
        E.fromOption((): DomainError =>
          moduleNotInCurriculum(command.moduleId, participant.programmeId, participant.curriculumVersion),
        )(findModule(programme, command.moduleId)),
      ),
      E.chainFirst(({ participant }) =>
        rejectWhen(isBefore(command.assessedOn, participant.enrolledOn), () =>
          assessmentBeforeEnrolment(command.assessedOn, participant.enrolledOn),
        ),
      ),
      E.chainFirst(() =>
        rejectWhen(isAfter(command.assessedOn, today), () => assessmentDateInFuture(command.assessedOn, today)),
      ),
      E.chainFirst(({ participant }) =>
        rejectWhen(participant.modules[command.moduleId]?.competentOn != null, () =>
          moduleAlreadyCompetent(command.moduleId),
        ),
      ),
      E.chainFirst(({ participant, module }) => {
        const missing = module.prerequisites.filter((prerequisite) => {
          const competentOn = participant.modules[prerequisite]?.competentOn ?? null;
          return competentOn === null || isAfter(competentOn, command.assessedOn);
        });
        return rejectWhen(missing.length > 0, () => prerequisitesNotCompetent(command.moduleId, missing));
      }),
      E.map(() => [
        {
          type: 'ModuleCompleted',
          data: {
            schemaVersion: 2,
            participantId: command.participantId,
            moduleId: command.moduleId,
            result: command.result,
            assessedOn: command.assessedOn,
          },
        },
      ]),
    );
