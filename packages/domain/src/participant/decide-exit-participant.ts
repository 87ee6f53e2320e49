import * as E from 'fp-ts/Either';
import type { ExitParticipant } from '../commands/exit-participant';
import { exitAfterRelease, participantExited } from '../errors/lifecycle-errors';
import { personalDataIsErased } from '../errors/privacy-errors';
import { activeEnrolment } from './active-enrolment';
import type { Decision, DecisionContext } from './decision';
import { lifecycleDateError } from './lifecycle-dates';
import type { ParticipantState } from './participant-state';

/** She leaves the programme before graduating or being released; after release, a return to custody is recorded instead. */
export const decideExitParticipant =
  ({ today }: DecisionContext) =>
  (command: ExitParticipant, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    if (state.exit !== null) return E.left(participantExited());
    if (state.release !== null) return E.left(exitAfterRelease());
    const lastMove = state.transfers[state.transfers.length - 1];
    const earliest = lastMove === undefined ? { date: state.enrolledOn, what: 'the enrolment' } : { date: lastMove.transferredOn, what: 'the last transfer' };
    const dateError = lifecycleDateError('exitedOn', command.exitedOn, earliest, today);
    if (dateError !== undefined) return E.left(dateError);
    if (command.personalData !== undefined && state.erasedOn !== null) return E.left(personalDataIsErased());
    return E.right([
      {
        type: 'ParticipantExited',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          exitedOn: command.exitedOn,
          reason: command.reason,
          ...(command.personalData === undefined ? {} : { personalData: command.personalData }),
        },
      },
    ]);
  };
