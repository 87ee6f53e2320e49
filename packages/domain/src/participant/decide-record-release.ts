import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { RecordRelease } from '../commands/record-release';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import {
  alreadyReleased,
  releaseBeforeEnrolment,
  releaseDateInFuture,
  supervisionEndsBeforeRelease,
} from '../errors/release-errors';
import { Decision, DecisionContext, rejectWhen, requireEnrolled } from './decision';
import { ParticipantState } from './participant-state';

export const decideRecordRelease =
  ({ today }: DecisionContext) =>
  (command: RecordRelease, state: ParticipantState): Decision =>
    pipe(
      requireEnrolled(state),
      E.chainFirst((participant) => rejectWhen(participant.release !== null, alreadyReleased)),
      E.chainFirst((participant) =>
        rejectWhen(isBefore(command.releasedOn, participant.enrolledOn), () =>
          releaseBeforeEnrolment(command.releasedOn, participant.enrolledOn),
        ),
      ),
      E.chainFirst(() =>
        rejectWhen(isAfter(command.releasedOn, today), () => releaseDateInFuture(command.releasedOn, today)),
      ),
      E.chainFirst(() => {
        const { supervisionEndsOn } = command;
        return rejectWhen(supervisionEndsOn !== undefined && isBefore(supervisionEndsOn, command.releasedOn), () =>
          supervisionEndsBeforeRelease(supervisionEndsOn ?? command.releasedOn, command.releasedOn),
        );
      }),
      E.map(() => [
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
      ]),
    );
