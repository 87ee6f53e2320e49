import * as E from 'fp-ts/Either';
import { RecordRelease } from '../commands/record-release';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import {
  alreadyReleased,
  releaseBeforeEnrolment,
  releaseDateInFuture,
  supervisionEndsBeforeRelease,
} from '../errors/release-errors';
import { participantExited, regencyNotFound } from '../errors/lifecycle-errors';
import { detailAfterConsentWithdrawn, personalDataIsErased } from '../errors/privacy-errors';
import { findRegency } from '../catalogue/catalogue-lookup';
import * as O from 'fp-ts/Option';
import { activeEnrolment } from './active-enrolment';
import { Decision, DecisionContext } from './decision';
import { ParticipantState } from './participant-state';

export const decideRecordRelease =
  ({ catalogue, today }: DecisionContext) =>
  (command: RecordRelease, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    if (state.exit !== null) return E.left(participantExited());
    if (state.release !== null) return E.left(alreadyReleased());
    if (isBefore(command.releasedOn, state.enrolledOn)) return E.left(releaseBeforeEnrolment(command.releasedOn, state.enrolledOn));
    if (isAfter(command.releasedOn, today)) return E.left(releaseDateInFuture(command.releasedOn, today));
    const { supervisionEndsOn } = command;
    if (supervisionEndsOn !== undefined && isBefore(supervisionEndsOn, command.releasedOn)) {
      return E.left(supervisionEndsBeforeRelease(supervisionEndsOn, command.releasedOn));
    }
    if (command.homeRegency !== undefined && O.isNone(findRegency(catalogue, command.homeRegency))) return E.left(regencyNotFound(command.homeRegency));
    if (command.personalData !== undefined && state.erasedOn !== null) return E.left(personalDataIsErased());
    if (command.personalData !== undefined && state.consentWithdrawnOn !== null) return E.left(detailAfterConsentWithdrawn());
    return E.right([
      {
        type: 'InmateReleased',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          releaseType: command.releaseType,
          releasedOn: command.releasedOn,
          ...(command.supervisionEndsOn === undefined ? {} : { supervisionEndsOn: command.supervisionEndsOn }),
          ...(command.homeRegency === undefined ? {} : { homeRegency: command.homeRegency }),
          ...(command.personalData === undefined ? {} : { personalData: command.personalData }),
        },
      },
    ]);
  };
