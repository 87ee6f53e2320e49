import * as E from 'fp-ts/Either';
import type { ErasePersonalData } from '../commands/erase-personal-data';
import { isAfter } from '../dates/date-arithmetic';
import { dateInFuture } from '../errors/date-errors';
import { notEnrolled } from '../errors/participant-errors';
import { alreadyErased } from '../errors/privacy-errors';
import type { Decision, DecisionContext } from './decision';
import type { ParticipantState } from './participant-state';

/**
 * Erasure under UU PDP happens today, on the ground given. A privacy act: taken whatever became of
 * the enrolment. Command handling deletes the data key once the event is stored.
 */
export const decideErasePersonalData =
  ({ today }: DecisionContext) =>
  (command: ErasePersonalData, state: ParticipantState): Decision => {
    if (state.status !== 'enrolled') return E.left(notEnrolled());
    if (state.erasedOn !== null) return E.left(alreadyErased());
    if (isAfter(command.requestedOn, today)) return E.left(dateInFuture('requestedOn', command.requestedOn, today));
    return E.right([
      {
        type: 'PersonalDataErased',
        data: { schemaVersion: 1, participantId: command.participantId, erasedOn: today, basis: command.basis, requestedOn: command.requestedOn },
      },
    ]);
  };
