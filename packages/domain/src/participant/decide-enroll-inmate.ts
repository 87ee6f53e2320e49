import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { currentProgramme, findFacility, findRegency, offersProgramme } from '../catalogue/catalogue-lookup';
import { EnrollInmate } from '../commands/enroll-inmate';
import { isAfter } from '../dates/date-arithmetic';
import {
  alreadyEnrolled,
  consentDateInFuture,
  consentNotGiven,
  enrolmentDateInFuture,
  facilityNotFound,
  programmeNotFound,
} from '../errors/enrolment-errors';
import { facilityDoesNotOfferProgramme, regencyNotFound } from '../errors/lifecycle-errors';
import { Decision, DecisionContext } from './decision';
import { ParticipantState } from './participant-state';

/**
 * One enrolment per participant stream. One enrolment per person and programme across streams is
 * the command handler's reservation stream, because it needs the registration number in clear; it
 * also links a re-enrolment to the earlier one (`previousParticipantId`).
 */
export const decideEnrollInmate =
  ({ catalogue, today }: DecisionContext) =>
  (command: EnrollInmate, state: ParticipantState): Decision => {
    if (state.status === 'enrolled') return E.left(alreadyEnrolled());
    const programme = currentProgramme(catalogue, command.programmeId);
    if (O.isNone(programme)) return E.left(programmeNotFound(command.programmeId));
    if (O.isNone(findFacility(catalogue, command.facilityId))) return E.left(facilityNotFound(command.facilityId));
    if (!offersProgramme(programme.value, command.facilityId)) {
      return E.left(facilityDoesNotOfferProgramme(command.facilityId, programme.value.id, 'facilityId'));
    }
    if (command.homeRegency !== undefined && O.isNone(findRegency(catalogue, command.homeRegency))) return E.left(regencyNotFound(command.homeRegency));
    if (isAfter(command.enrolledOn, today)) return E.left(enrolmentDateInFuture(command.enrolledOn, today));
    if (!command.consent.given) return E.left(consentNotGiven());
    if (isAfter(command.consent.recordedOn, today)) return E.left(consentDateInFuture(command.consent.recordedOn, today));
    return E.right([
      {
        type: 'InmateEnrolled',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          programmeId: programme.value.id,
          curriculumVersion: programme.value.curriculumVersion,
          facilityId: command.facilityId,
          registrationClass: command.registrationClass,
          enrolledOn: command.enrolledOn,
          consent: { given: true, recordedOn: command.consent.recordedOn },
          personalData: command.personalData,
          ...(command.homeRegency === undefined ? {} : { homeRegency: command.homeRegency }),
        },
      },
    ]);
  };
