import * as O from 'fp-ts/Option';
import { Catalogue } from '../catalogue/catalogue-codecs';
import { findProgramme, requiredModuleIds } from '../catalogue/catalogue-lookup';
import { LocalDate } from '../dates/local-date';
import { ModuleCompleted } from '../events/module-completed';
import { ParticipantEvent } from '../events/participant-event';
import { graduationDate } from './graduation';
import { EnrolledParticipant, ParticipantState } from './participant-state';

const graduatedOn = (catalogue: Catalogue, state: EnrolledParticipant): LocalDate | null => {
  const programme = findProgramme(catalogue, state.programmeId, state.curriculumVersion);
  return O.isNone(programme)
    ? null
    : graduationDate(requiredModuleIds(programme.value), (moduleId) => state.modules[moduleId]?.competentOn);
};

const withAssessment = (
  catalogue: Catalogue,
  state: EnrolledParticipant,
  { data }: ModuleCompleted,
): EnrolledParticipant => {
  const previous = state.modules[data.moduleId];
  const competentOn = previous?.competentOn ?? (data.result === 'competent' ? data.assessedOn : null);
  const assessed: EnrolledParticipant = {
    ...state,
    modules: {
      ...state.modules,
      [data.moduleId]: { result: data.result, attempts: (previous?.attempts ?? 0) + 1, competentOn },
    },
  };
  return { ...assessed, graduatedOn: graduatedOn(catalogue, assessed) };
};

/**
 * Folds one event into the state. Events are facts that `decide` already checked, so evolve never
 * rejects; an event that cannot apply (anything before enrolment, a second enrolment) leaves the state as it is.
 */
export const createEvolve =
  (catalogue: Catalogue) =>
  (state: ParticipantState, event: ParticipantEvent): ParticipantState => {
    if (event.type === 'InmateEnrolled') {
      return state.status === 'enrolled'
        ? state
        : {
            status: 'enrolled',
            participantId: event.data.participantId,
            programmeId: event.data.programmeId,
            curriculumVersion: event.data.curriculumVersion,
            facilityId: event.data.facilityId,
            registrationClass: event.data.registrationClass,
            enrolledOn: event.data.enrolledOn,
            modules: {},
            graduatedOn: null,
            release: null,
            followUps: [],
          };
    }
    if (state.status !== 'enrolled') {
      return state;
    }
    switch (event.type) {
      case 'ModuleCompleted':
        return withAssessment(catalogue, state, event);
      case 'InmateReleased':
        return {
          ...state,
          release: {
            releaseType: event.data.releaseType,
            releasedOn: event.data.releasedOn,
            supervisionEndsOn: event.data.supervisionEndsOn ?? null,
          },
        };
      case 'FollowUpLogged':
        return {
          ...state,
          followUps: [
            ...state.followUps,
            { contactedOn: event.data.contactedOn, outcome: event.data.outcome, milestone: event.data.milestone },
          ],
        };
      default: {
        const _exhaustive: never = event;
        return _exhaustive;
      }
    }
  };
