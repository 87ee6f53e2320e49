import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { findFacility, findProgramme, offersProgramme } from '../catalogue/catalogue-lookup';
import type { CorrectEnrolment } from '../commands/correct-enrolment';
import { facilityNotFound } from '../errors/enrolment-errors';
import { correctionChangesNothing, curriculumCorrectionConflicts, facilityDoesNotOfferProgramme } from '../errors/lifecycle-errors';
import { curriculumNotFound } from '../errors/participant-errors';
import { personalDataIsErased } from '../errors/privacy-errors';
import { activeEnrolment } from './active-enrolment';
import type { Decision, DecisionContext } from './decision';
import type { ParticipantState } from './participant-state';

/**
 * Puts right enrolment details that were wrong: the facility it was recorded at, the registration
 * class, the curriculum version, personal data. Only fields that change are recorded.
 */
export const decideCorrectEnrolment =
  ({ catalogue }: DecisionContext) =>
  (command: CorrectEnrolment, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    // A field left out is undefined in the command and stays undefined here: no separate test for it.
    const facilityId = command.facilityId !== state.enrolledAtFacilityId ? command.facilityId : undefined;
    const registrationClass = command.registrationClass !== state.registrationClass ? command.registrationClass : undefined;
    const curriculumVersion = command.curriculumVersion !== state.curriculumVersion ? command.curriculumVersion : undefined;
    if (facilityId === undefined && registrationClass === undefined && curriculumVersion === undefined && command.personalData === undefined) {
      return E.left(correctionChangesNothing());
    }
    const programme = findProgramme(catalogue, state.programmeId, curriculumVersion ?? state.curriculumVersion);
    if (O.isNone(programme)) return E.left(curriculumNotFound(state.programmeId, curriculumVersion ?? state.curriculumVersion));
    if (facilityId !== undefined) {
      if (O.isNone(findFacility(catalogue, facilityId))) return E.left(facilityNotFound(facilityId));
      if (!offersProgramme(programme.value, facilityId)) return E.left(facilityDoesNotOfferProgramme(facilityId, state.programmeId, 'facilityId'));
    }
    if (curriculumVersion !== undefined) {
      const taught = new Set<string>(programme.value.modules.map((module) => module.id));
      const untaught = [...new Set(state.assessments.map((assessment) => assessment.moduleId))].filter((moduleId) => !taught.has(moduleId));
      if (untaught.length > 0) return E.left(curriculumCorrectionConflicts(curriculumVersion, untaught));
    }
    if (command.personalData !== undefined && state.erasedOn !== null) return E.left(personalDataIsErased());
    return E.right([
      {
        type: 'EnrolmentCorrected',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          ...(facilityId === undefined ? {} : { facilityId }),
          ...(registrationClass === undefined ? {} : { registrationClass }),
          ...(curriculumVersion === undefined ? {} : { curriculumVersion }),
          ...(command.personalData === undefined ? {} : { personalData: command.personalData }),
        },
      },
    ]);
  };
