import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { currentProgramme, findFacility } from '../catalogue/catalogue-lookup';
import { EnrollInmate } from '../commands/enroll-inmate';
import { isAfter } from '../dates/date-arithmetic';
import { DomainError } from '../errors/domain-error';
import {
  alreadyEnrolled,
  consentNotGiven,
  enrolmentDateInFuture,
  facilityNotFound,
  programmeNotFound,
} from '../errors/enrolment-errors';
import { Decision, DecisionContext, rejectWhen } from './decision';
import { ParticipantState } from './participant-state';

/**
 * One enrolment per participant stream. One enrolment per person and programme across streams is
 * the command handler's reservation stream, because it needs the registration number in clear.
 */
export const decideEnrollInmate =
  ({ catalogue, today }: DecisionContext) =>
  (command: EnrollInmate, state: ParticipantState): Decision =>
    pipe(
      rejectWhen(state.status === 'enrolled', alreadyEnrolled),
      E.chain(() =>
        E.fromOption((): DomainError => programmeNotFound(command.programmeId))(
          currentProgramme(catalogue, command.programmeId),
        ),
      ),
      E.chainFirst(() =>
        E.fromOption((): DomainError => facilityNotFound(command.facilityId))(findFacility(catalogue, command.facilityId)),
      ),
      E.chainFirst(() =>
        rejectWhen(isAfter(command.enrolledOn, today), () => enrolmentDateInFuture(command.enrolledOn, today)),
      ),
      E.chainFirst(() => rejectWhen(!command.consent.given, consentNotGiven)),
      E.map((programme) => [
        {
          type: 'InmateEnrolled',
          data: {
            schemaVersion: 1,
            participantId: command.participantId,
            programmeId: programme.id,
            curriculumVersion: programme.curriculumVersion,
            facilityId: command.facilityId,
            registrationClass: command.registrationClass,
            enrolledOn: command.enrolledOn,
            consent: { given: true, recordedOn: command.consent.recordedOn },
            personalData: command.personalData,
          },
        },
      ]),
    );
