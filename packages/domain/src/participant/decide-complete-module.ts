import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { findModule, findProgramme } from '../catalogue/catalogue-lookup';
import { CompleteModule } from '../commands/complete-module';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import {
  assessmentBeforeEnrolment,
  assessmentDateInFuture,
  moduleAlreadyCompetent,
  moduleNotInCurriculum,
  prerequisitesNotCompetent,
} from '../errors/module-errors';
import { Decision, DecisionContext } from './decision';
import { curriculumNotFound } from '../errors/participant-errors';
import { participantExited } from '../errors/lifecycle-errors';
import { activeEnrolment } from './active-enrolment';
import { ParticipantState } from './participant-state';

/**
 * Modules follow the curriculum version recorded at enrolment, and may continue after release (not
 * after an exit). Reassessment after not_yet_competent is allowed; once competent, a module takes no
 * further assessment.
 */
export const decideCompleteModule =
  ({ catalogue, today }: DecisionContext) =>
  (command: CompleteModule, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    if (state.exit !== null) return E.left(participantExited());
    const programme = findProgramme(catalogue, state.programmeId, state.curriculumVersion);
    if (O.isNone(programme)) return E.left(curriculumNotFound(state.programmeId, state.curriculumVersion));
    const module = findModule(programme.value, command.moduleId);
    if (O.isNone(module)) return E.left(moduleNotInCurriculum(command.moduleId, state.programmeId, state.curriculumVersion));
    if (isBefore(command.assessedOn, state.enrolledOn)) return E.left(assessmentBeforeEnrolment(command.assessedOn, state.enrolledOn));
    if (isAfter(command.assessedOn, today)) return E.left(assessmentDateInFuture(command.assessedOn, today));
    if (state.modules[command.moduleId]?.competentOn != null) return E.left(moduleAlreadyCompetent(command.moduleId));
    const missing = module.value.prerequisites.filter((prerequisite) => {
      const competentOn = state.modules[prerequisite]?.competentOn ?? null;
      return competentOn === null || isAfter(competentOn, command.assessedOn);
    });
    if (missing.length > 0) return E.left(prerequisitesNotCompetent(command.moduleId, missing));
    return E.right([
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
    ]);
  };
