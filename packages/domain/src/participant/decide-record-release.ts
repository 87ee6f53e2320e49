import * as E from 'fp-ts/Either';
import { RecordRelease } from '../commands/record-release';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import {
  alreadyReleased,
  releaseBeforeEnrolment,
  releaseDateInFuture,
  supervisionEndsBeforeRelease,
} from '../errors/release-errors';
import { notEnrolled } from '../errors/participant-errors';
import { Decision, DecisionContext } from './decision';
import { ParticipantState } from './participant-state';

export const decideRecordRelease =
  ({ today }: DecisionContext) =>
  (command: RecordRelease, state: ParticipantState): Decision => {
    if (state.status !== 'enrolled') return E.left(notEnrolled());
    if (state.release !== null) return E.left(alreadyReleased());
    if (isBefore(command.releasedOn, state.enrolledOn)) return E.left(releaseBeforeEnrolment(command.releasedOn, state.enrolledOn));
    if (isAfter(command.releasedOn, today)) return E.left(releaseDateInFuture(command.releasedOn, today));
    const { supervisionEndsOn } = command;
    if (supervisionEndsOn !== undefined && isBefore(supervisionEndsOn, command.releasedOn)) {
      return E.left(supervisionEndsBeforeRelease(supervisionEndsOn, command.releasedOn));
    }
    return E.right([
      {
        type: 'InmateReleased',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          releaseType: command.releaseType,
          releasedOn: command.releasedOn,
          ...(command.supervisionEndsOn === undefined ? {} : { supervisionEndsOn: command.supervisionEndsOn }),
        },
      },
    ]);
  };
